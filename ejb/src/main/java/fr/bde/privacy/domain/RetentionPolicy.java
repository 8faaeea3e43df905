package fr.bde.privacy.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long candidates' data is kept (CNIL recruitment guide, 2023): an application not retained
 * is anonymised three months after its offer is closed; an account unused for two years is
 * warned, then deleted thirty days later unless its owner logs in meanwhile. The outbox keeps a
 * copy of each mail sent (or given up) for three months, for the administrators' follow-up.
 */
public final class RetentionPolicy {

    public static final Period APPLICATION_RETENTION = Period.ofMonths(3);
    public static final Period INACTIVITY = Period.ofYears(2);
    public static final Duration NOTICE = Duration.ofDays(30);
    public static final Period MAIL_COPY_RETENTION = Period.ofMonths(3);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private RetentionPolicy() {
    }

    /** The day from which an application of an offer closed at {@code closedAt} is anonymised. */
    public static LocalDate anonymisationDay(Instant closedAt) {
        return closedAt.atZone(PARIS).toLocalDate().plus(APPLICATION_RETENTION);
    }

    /**
     * On {@code today}, applications of offers closed before this instant are due: those closed on
     * a day whose anonymisation day is today or earlier.
     */
    public static Instant offersClosedBefore(LocalDate today) {
        LocalDate lastClosingDay = today.minus(APPLICATION_RETENTION);
        // a closing day D is due when D + 3 months <= today; month ends make several D map to one day
        while (!lastClosingDay.plusDays(1).plus(APPLICATION_RETENTION).isAfter(today)) {
            lastClosingDay = lastClosingDay.plusDays(1);
        }
        return lastClosingDay.plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    /** Accounts whose last activity is before this instant are warned. */
    public static Instant inactiveSince(Instant now) {
        return now.atZone(PARIS).minus(INACTIVITY).toInstant();
    }

    /** Copies of mails sent (or failed) before this instant are deleted from the outbox. */
    public static Instant mailCopiesBefore(Instant now) {
        return now.atZone(PARIS).minus(MAIL_COPY_RETENTION).toInstant();
    }

    /** Accounts warned before this instant (and not used since) are deleted. */
    public static Instant warnedBefore(Instant now) {
        return now.minus(NOTICE);
    }

    /** The day a warned account is deleted, as the warning mail says. */
    public static LocalDate deletionDay(Instant warnedAt) {
        return warnedAt.plus(NOTICE).atZone(PARIS).toLocalDate();
    }

    /** The last activity of an account: its last login, else its validation, else its creation. */
    public static Instant lastActivity(Instant lastLoginAt, Instant validatedAt, Instant createdAt) {
        Instant last = createdAt;
        for (Instant i : new Instant[] {validatedAt, lastLoginAt}) {
            if (i != null && i.isAfter(last)) {
                last = i;
            }
        }
        return last;
    }
}
