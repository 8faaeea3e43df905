package fr.bde.alert.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which new offers an alert mails: every given criterion must hold, every keyword must appear. */
class AlertCriteriaTest {

    /** Chargé(e) d'accueil, CPAM de Paris (id 10, Maladie), 75 / Île-de-France (11), CDI, level N3, remote. */
    static final OfferFacts OFFER = new OfferFacts(1L, "NVH00001", "Conseillers d'accueil", "CPAM de Paris", "Paris",
            "CDI", Instant.parse("2027-03-01T08:00:00Z"),
            Terms.of("Conseillers d'accueil. Accueil des assurés à l'hôpital. CPAM de Paris"),
            "11", "75", 10L, "MALADIE", "CDI", "N3", true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            keywords only, plural and accents folded      | conseiller accueil | -  | -  | -  | -       | -   | -  | false | true
            keyword with elision and another form          | l'hopitaux         | -  | -  | -  | -       | -   | -  | false | true
            keyword in the employer's name                 | cpam               | -  | -  | -  | -       | -   | -  | false | true
            every keyword must appear                      | accueil comptable  | -  | -  | -  | -       | -   | -  | false | false
            same region                                    | -                  | 11 | -  | -  | -       | -   | -  | false | true
            other region                                   | -                  | 84 | -  | -  | -       | -   | -  | false | false
            same département                               | -                  | -  | 75 | -  | -       | -   | -  | false | true
            other département                              | -                  | -  | 69 | -  | -       | -   | -  | false | false
            same organisation                              | -                  | -  | -  | 10 | -       | -   | -  | false | true
            other organisation                             | -                  | -  | -  | 11 | -       | -   | -  | false | false
            same branch                                    | -                  | -  | -  | -  | MALADIE | -   | -  | false | true
            other branch                                   | -                  | -  | -  | -  | FAMILLE | -   | -  | false | false
            same contract                                  | -                  | -  | -  | -  | -       | CDI | -  | false | true
            other contract                                 | -                  | -  | -  | -  | -       | CDD | -  | false | false
            same level                                     | -                  | -  | -  | -  | -       | -   | N3 | false | true
            other level                                    | -                  | -  | -  | -  | -       | -   | N4 | false | false
            remote wanted, offered                         | -                  | -  | -  | -  | -       | -   | -  | true  | true
            all criteria together                          | accueil            | 11 | 75 | 10 | MALADIE | CDI | N3 | true  | true
            all criteria but one                           | accueil            | 11 | 75 | 10 | MALADIE | CDD | N3 | true  | false
            """)
    void matchesWhenEveryCriterionHolds(String rule, String keywords, String region, String departement,
                                        Long organisation, String branch, String contract, String level,
                                        boolean remote, boolean expected) {
        AlertCriteria criteria = new AlertCriteria(keywords, region, departement, organisation, branch, contract, level,
                remote);
        assertEquals(expected, criteria.matches(OFFER), rule);
    }

    @Test
    void remoteOnlyAlertSkipsOffersWithoutRemoteWork() {
        OfferFacts onSite = new OfferFacts(2L, "NVH00002", "Agent", "CAF", "Lyon", "CDI", OFFER.publishedAt(),
                Set.of("agent"), "84", "69", 11L, "FAMILLE", "CDI", null, false);
        assertFalse(new AlertCriteria(null, null, null, null, null, null, null, true).matches(onSite));
        assertFalse(new AlertCriteria(null, null, null, null, null, null, "N3", false).matches(onSite),
                "a level asked for, none on the offer");
    }

    @Test
    void blankCriteriaMeanAnyAndAnAlertNeedsOne() {
        AlertCriteria blank = new AlertCriteria(" ", "", null, null, " ", null, "", false);
        assertTrue(blank.isEmpty());
        assertTrue(blank.matches(OFFER));
        assertFalse(new AlertCriteria(null, null, null, null, null, null, null, true).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"Hôpitaux,hopital", "hôpital,hopital", "Comptables,comptabl", "comptable,comptabl",
            "L'Assurance,assuranc", "d’accueil,accueil", "CDI,cdi", "RH,rh"})
    void termsAreReducedLikeTheIndex(String word, String term) {
        assertEquals(Set.of(term), Terms.of(word));
    }
}
