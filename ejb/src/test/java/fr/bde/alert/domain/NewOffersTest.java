package fr.bde.alert.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The criterion index gives exactly what comparing each alert with every offer gives, newest first. */
class NewOffersTest {

    static final String[] REGIONS = {"11", "84", "93", "53"};
    static final String[] DEPARTEMENTS = {"75", "69", "13", "35"};
    static final String[] CONTRACTS = {"CDI", "CDD", "STAGE"};
    static final String[] BRANCHES = {"MALADIE", "FAMILLE", "RETRAITE"};
    static final String[] WORDS = {"conseiller", "accueil", "comptable", "juriste", "developpeur", "infirmier",
            "statisticien", "gestionnaire", "assurance", "retraite"};
    static final Instant START = Instant.parse("2027-03-01T00:00:00Z");

    @Test
    void indexedMatchingEqualsBruteForce() {
        Random random = new Random(42);
        List<OfferFacts> offers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int r = random.nextInt(REGIONS.length);
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            offers.add(new OfferFacts((long) i, String.format("NVH%05d", i), title, "Org", "Dep", "CDI",
                    START.plusSeconds(random.nextInt(86_400)), Terms.of(title), REGIONS[r], DEPARTEMENTS[r],
                    (long) random.nextInt(20), BRANCHES[random.nextInt(BRANCHES.length)],
                    CONTRACTS[random.nextInt(CONTRACTS.length)], random.nextBoolean() ? "N3" : null, random.nextBoolean()));
        }
        NewOffers index = new NewOffers(offers);
        for (int i = 0; i < 2000; i++) {
            AlertCriteria criteria = new AlertCriteria(
                    random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] : null,
                    random.nextInt(3) == 0 ? REGIONS[random.nextInt(REGIONS.length)] : null,
                    random.nextInt(5) == 0 ? DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)] : null,
                    random.nextInt(5) == 0 ? (long) random.nextInt(20) : null,
                    random.nextInt(4) == 0 ? BRANCHES[random.nextInt(BRANCHES.length)] : null,
                    random.nextInt(3) == 0 ? CONTRACTS[random.nextInt(CONTRACTS.length)] : null,
                    random.nextInt(6) == 0 ? "N3" : null, random.nextInt(6) == 0);
            Instant after = START.plusSeconds(random.nextInt(86_400));
            List<OfferFacts> expected = offers.stream()
                    .filter(o -> o.publishedAt().isAfter(after) && criteria.matches(o))
                    .sorted(Comparator.comparing(OfferFacts::publishedAt).reversed().thenComparing(OfferFacts::reference))
                    .toList();
            assertEquals(expected, index.matching(criteria, after), criteria.toString());
        }
    }

    @Test
    void offersPublishedBeforeTheAlertsLastDigestAreLeftOut() {
        OfferFacts old = AlertCriteriaTest.OFFER;
        NewOffers index = new NewOffers(List.of(old));
        AlertCriteria criteria = new AlertCriteria("accueil", null, null, null, null, null, null, false);
        assertEquals(List.of(old), index.matching(criteria, old.publishedAt().minusSeconds(1)));
        assertEquals(List.of(), index.matching(criteria, old.publishedAt()), "already in the previous digest");
    }
}
