package fr.bde.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.approval.domain.En3sPolicy.Answer;
import fr.bde.approval.domain.En3sPolicy.Offer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class En3sPolicyTest {

    /** Seed 001 §1.3, one line per level boundary of every scheme. */
    @ParameterizedTest(name = "{0} level {1}: in scope = {2}")
    @CsvSource({
        "GENERAL, 6, false", "GENERAL, 7, true", "GENERAL, 8, true", "GENERAL, 9, true",
        "AGRICOLE, 5, false", "AGRICOLE, 6, true", "AGRICOLE, 8, true", "AGRICOLE, 9, false",
        "RSI, 6, false", "RSI, 7, true", "RSI, 9, true",
        "MINES, 12, false", "MINES, 13, true", "MINES, 14, false",
        "SPECIAL, 6, false", "SPECIAL, 7, true", "SPECIAL, 9, true"
    })
    void levelsOfEachScheme(String scheme, int grade, boolean inScope) {
        String type = switch (scheme) {
            case "AGRICOLE" -> "MSA";
            case "RSI" -> "RSI";
            case "MINES" -> "CANSSM";
            case "SPECIAL" -> "SNCF";
            default -> "CARSAT";
        };
        assertEquals(inScope, En3sPolicy.isInScope(new Offer(type, false, scheme, grade, false)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNAM", "CNAV", "CNAF", "ACOSS", "UCANSS", "CAF", "CERTI", "CPAM", "UGECAM", "DRSM", "CCSS",
        "CGSS", "CARSAT", "URSSAF", "CRAV", "UIOSS", "RATP", "CNIEG", "CAMIEG", "CNSA", "CRPCEN", "AGESSA", "CNMSS",
        "CNBF", "ENIM", "CAVIMAC"})
    void everyListedOrganisationIsInScope(String type) {
        assertTrue(En3sPolicy.isInScope(new Offer(type, false, "GENERAL", 8, false)));
    }

    @Test
    void arsOnlyUnderTheGeneralSchemeAgreement() {
        assertTrue(En3sPolicy.isInScope(new Offer("ARS", true, "GENERAL", 8, false)));
        assertFalse(En3sPolicy.isInScope(new Offer("ARS", false, "GENERAL", 8, false)));
    }

    @Test
    void organisationsOutsideTheCircularAreFree() {
        assertFalse(En3sPolicy.isInScope(new Offer("EN3S", false, "GENERAL", 8, false)));
    }

    @Test
    void executiveOffersAreOutOfScope() {
        assertFalse(En3sPolicy.isInScope(new Offer("CPAM", false, "GENERAL", 9, true)));
    }

    @ParameterizedTest(name = "{0}: in period = {1}")
    @CsvSource({"2026-12-31, false", "2027-01-01, true", "2027-02-28, true", "2028-02-29, true", "2027-04-30, true",
        "2027-05-01, false", "2027-11-23, false"})
    void periodRunsFromFirstJanuaryToThirtiethApril(LocalDate day, boolean inPeriod) {
        assertEquals(inPeriod, En3sPolicy.isInPeriod(day));
    }

    @Test
    void periodFollowsParisTimeNotUtc() {
        // 31 Dec 23:30 UTC is already 1 January in Paris; 30 April 22:30 UTC is already 1 May there
        assertTrue(En3sPolicy.isInPeriod(Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC)));
        assertFalse(En3sPolicy.isInPeriod(Clock.fixed(Instant.parse("2027-04-30T22:30:00Z"), ZoneOffset.UTC)));
    }

    @ParameterizedTest(name = "{0}, answer {1}: may publish = {2}")
    @CsvSource({
        "2027-03-15T10:00:00Z, NONE, false",
        "2027-03-15T10:00:00Z, REFUSED, false",
        "2027-03-15T10:00:00Z, VALIDATED, true",
        "2027-06-15T10:00:00Z, NONE, true"
    })
    void inScopeOfferWaitsForEn3sDuringThePeriod(String instant, Answer answer, boolean mayPublish) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        assertEquals(mayPublish, En3sPolicy.mayPublish(new Offer("CARSAT", false, "GENERAL", 8, false), clock, answer));
    }

    @Test
    void outOfScopeOfferIsFreeDuringThePeriod() {
        Clock march = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);
        assertTrue(En3sPolicy.mayPublish(new Offer("CARSAT", false, "GENERAL", 5, false), march, Answer.NONE));
        assertTrue(En3sPolicy.mayPublish(new Offer("CARSAT", false, "GENERAL", 9, true), march, Answer.NONE));
    }
}
