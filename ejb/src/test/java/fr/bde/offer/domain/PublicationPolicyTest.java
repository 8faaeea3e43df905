package fr.bde.offer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.QualificationLevel;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void completeDraftMayBePublished() {
        assertTrue(PublicationPolicy.check(draft("Comptable", "<p>Poste</p>", true, TODAY.plusDays(10)), TODAY).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''        | <p>Poste</p> | true  | 10 | title              | offer.publish.titleMissing",
        "Comptable | <p> </p>     | true  | 10 | description        | offer.publish.descriptionMissing",
        "Comptable | <p>Poste</p> | false | 10 | qualificationLevel | offer.publish.qualificationLevelMissing",
        "Comptable | <p>Poste</p> | true  | 0  | closingDate        | offer.publish.closingDatePast",
        "Comptable | <p>Poste</p> | true  | -1 | closingDate        | offer.publish.closingDatePast"
    })
    void eachMissingItemIsReportedOnItsField(String title, String description, boolean qualified, int closingInDays,
                                             String field, String key) {
        List<PublicationPolicy.Violation> violations =
                PublicationPolicy.check(draft(title, description, qualified, TODAY.plusDays(closingInDays)), TODAY);
        assertEquals(List.of(new PublicationPolicy.Violation(field, key)), violations);
    }

    @Test
    void missingClosingDateIsReported() {
        assertEquals(List.of(new PublicationPolicy.Violation("closingDate", "offer.publish.closingDateMissing")),
                PublicationPolicy.check(draft("Comptable", "<p>Poste</p>", true, null), TODAY));
    }

    @Test
    void closedOfferNeitherChangesNorReopens() {
        JobOffer offer = draft("Comptable", "<p>Poste</p>", true, TODAY.plusDays(10));
        offer.markPublished(Instant.now());
        offer.close(CloseReason.FILLED, Instant.now());
        assertEquals(OfferStatus.CLOSED, offer.getStatus());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> offer.markPublished(Instant.now()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> offer.markDraft(Instant.now()));
    }

    @Test
    void scriptsAreRemovedFromTheDescription() {
        JobOffer offer = draft("Comptable", "<p onclick=\"x()\">Poste<script>alert(1)</script></p>", true,
                TODAY.plusDays(3));
        assertEquals("<p>Poste</p>", offer.getDescriptionHtml());
    }

    static JobOffer draft(String title, String description, boolean qualified, LocalDate closing) {
        JobOffer offer = new JobOffer(OfferReference.of(false, 1), null, "test", Instant.now());
        Departement departement = instance(Departement.class);
        offer.describe(title, null, departement, description, qualified ? instance(QualificationLevel.class) : null,
                null, null, closing, Instant.now());
        return offer;
    }

    /** Referential entities have no public constructor: they only come from the database. */
    static <T> T instance(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
