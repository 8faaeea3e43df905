package fr.bde.alert.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An alert mails until the last day of its period, included; renewing an ended one does not mail its silent days. */
class JobAlertTest {

    static final AlertCriteria CRITERIA = new AlertCriteria("accueil", null, null, null, null, null, null, false);

    @ParameterizedTest(name = "{0} from {1}: last day {2}")
    @CsvSource({
            "ONE_MONTH, 2027-01-31, 2027-02-28",
            "ONE_MONTH, 2027-03-15, 2027-04-15",
            "THREE_MONTHS, 2027-03-15, 2027-06-15",
            "SIX_MONTHS, 2027-08-31, 2028-02-29",
            "ONE_YEAR, 2028-02-29, 2029-02-28"})
    void periodEndsOnTheSameDayOfTheLastMonth(AlertPeriod period, LocalDate start, LocalDate lastDay) {
        JobAlert alert = new JobAlert(null, CRITERIA, period, start.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), start);
        assertEquals(lastDay, alert.getEndsOn());
        assertTrue(alert.isActiveOn(lastDay), "the last day is included");
        assertFalse(alert.isActiveOn(lastDay.plusDays(1)), "ended the day after");
        assertTrue(alert.isActiveOn(start));
    }

    @Test
    void renewingAnEndedAlertStartsFromNowAndAnActiveOneKeepsItsWindow() {
        Instant created = Instant.parse("2027-01-10T09:00:00Z");
        JobAlert alert = new JobAlert(null, CRITERIA, AlertPeriod.ONE_MONTH, created, LocalDate.of(2027, 1, 10));
        Instant digest = Instant.parse("2027-01-20T05:00:00Z");
        alert.digested(digest);
        alert.renew(AlertPeriod.THREE_MONTHS, LocalDate.of(2027, 1, 25), Instant.parse("2027-01-25T10:00:00Z"));
        assertEquals(LocalDate.of(2027, 4, 25), alert.getEndsOn());
        assertEquals(digest, alert.getLastDigestAt(), "still active: nothing skipped");

        Instant renewedAt = Instant.parse("2027-06-01T10:00:00Z");
        alert.renew(AlertPeriod.ONE_MONTH, LocalDate.of(2027, 6, 1), renewedAt);
        assertEquals(renewedAt, alert.getLastDigestAt(), "ended: the offers of its silent weeks are not mailed");
        alert.digested(digest);
        assertEquals(renewedAt, alert.getLastDigestAt(), "the window never goes back");
    }
}
