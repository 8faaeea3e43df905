package fr.bde.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retention dates of the CNIL recruitment guide (2023), in Paris time. */
class RetentionPolicyTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest(name = "closed {0} (Paris): anonymised from {1}")
    @CsvSource({
            "2027-01-15T10:00:00Z, 2027-04-15",
            "2027-01-15T23:30:00Z, 2027-04-16",
            "2026-11-30T12:00:00Z, 2027-02-28",
            "2027-11-30T12:00:00Z, 2028-02-29",
            "2027-03-31T08:00:00Z, 2027-06-30"})
    void applicationsAreAnonymisedThreeMonthsAfterTheOfferCloses(Instant closedAt, LocalDate day) {
        assertEquals(day, RetentionPolicy.anonymisationDay(closedAt));
        Instant threshold = RetentionPolicy.offersClosedBefore(day);
        assertEquals(true, closedAt.isBefore(threshold), "due on its day");
        assertEquals(false, closedAt.isBefore(RetentionPolicy.offersClosedBefore(day.minusDays(1))),
                "not the day before");
    }

    @ParameterizedTest(name = "today {0}: offers closed before {1} 00:00 Paris")
    @CsvSource({"2027-04-15, 2027-01-16", "2027-02-28, 2026-12-01", "2028-02-29, 2027-12-01", "2027-06-30, 2027-04-01"})
    void oneQueryThresholdPerDay(LocalDate today, LocalDate firstDayNotDue) {
        assertEquals(firstDayNotDue.atStartOfDay(PARIS).toInstant(), RetentionPolicy.offersClosedBefore(today));
    }

    @ParameterizedTest(name = "now {0}: inactive if last active before {1}")
    @CsvSource({"2029-03-01T10:00:00Z, 2027-03-01T10:00:00Z", "2030-02-28T10:00:00Z, 2028-02-28T10:00:00Z"})
    void accountsAreWarnedAfterTwoYearsWithoutActivity(Instant now, Instant threshold) {
        assertEquals(threshold, RetentionPolicy.inactiveSince(now));
    }

    @ParameterizedTest(name = "warned {0}: deleted on {1}")
    @CsvSource({"2029-03-01T10:00:00Z, 2029-03-31", "2029-12-15T23:30:00Z, 2030-01-15"})
    void warnedAccountsAreDeletedThirtyDaysLater(Instant warnedAt, LocalDate day) {
        assertEquals(day, RetentionPolicy.deletionDay(warnedAt));
        assertEquals(warnedAt, RetentionPolicy.warnedBefore(warnedAt.plus(RetentionPolicy.NOTICE)));
    }

    @ParameterizedTest(name = "login {0}, validated {1}, created {2}: last active {3}")
    @CsvSource(nullValues = "-", value = {
            "-, -, 2027-01-01T00:00:00Z, 2027-01-01T00:00:00Z",
            "-, 2027-01-02T00:00:00Z, 2027-01-01T00:00:00Z, 2027-01-02T00:00:00Z",
            "2028-05-01T00:00:00Z, 2027-01-02T00:00:00Z, 2027-01-01T00:00:00Z, 2028-05-01T00:00:00Z"})
    void lastActivityIsTheLatestOfLoginValidationAndCreation(Instant login, Instant validated, Instant created,
                                                           Instant expected) {
        assertEquals(expected, RetentionPolicy.lastActivity(login, validated, created));
    }
}
