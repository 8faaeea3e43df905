package fr.bde.offer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which edits of an approved offer void its approval: the post itself, not its publication details. */
class OfferContentTest {

    static final OfferContent BASE = new OfferContent("Chargé d'études", "<p>Études</p>", "CDI", "67", "GEN_8", "BAC3",
            "3 000 €", LocalDate.of(2027, 3, 31));

    @ParameterizedTest(name = "{0} changed -> re-approval {1}")
    @CsvSource({
            "title,              true",
            "description,        true",
            "contractType,       true",
            "departement,        true",
            "qualificationLevel, true",
            "educationLevel,     false",
            "salary,             false",
            "closingDate,        false",
    })
    void substantialChanges(String field, boolean substantial) {
        OfferContent edited = switch (field) {
            case "title" -> new OfferContent("Chargé d'études senior", BASE.descriptionHtml(), "CDI", "67", "GEN_8", "BAC3", "3 000 €", BASE.closingDate());
            case "description" -> new OfferContent(BASE.title(), "<p>Autre</p>", "CDI", "67", "GEN_8", "BAC3", "3 000 €", BASE.closingDate());
            case "contractType" -> new OfferContent(BASE.title(), BASE.descriptionHtml(), "CDD", "67", "GEN_8", "BAC3", "3 000 €", BASE.closingDate());
            case "departement" -> new OfferContent(BASE.title(), BASE.descriptionHtml(), "CDI", "68", "GEN_8", "BAC3", "3 000 €", BASE.closingDate());
            case "qualificationLevel" -> new OfferContent(BASE.title(), BASE.descriptionHtml(), "CDI", "67", "GEN_9", "BAC3", "3 000 €", BASE.closingDate());
            case "educationLevel" -> new OfferContent(BASE.title(), BASE.descriptionHtml(), "CDI", "67", "GEN_8", "BAC5", "3 000 €", BASE.closingDate());
            case "salary" -> new OfferContent(BASE.title(), BASE.descriptionHtml(), "CDI", "67", "GEN_8", "BAC3", null, BASE.closingDate());
            default -> new OfferContent(BASE.title(), BASE.descriptionHtml(), "CDI", "67", "GEN_8", "BAC3", "3 000 €", BASE.closingDate().plusDays(7));
        };
        assertTrue(edited.differsFrom(BASE));
        assertEquals(substantial, edited.substantiallyDiffersFrom(BASE));
    }

    @Test
    void unchangedContentIsNoNewVersion() {
        OfferContent same = new OfferContent(BASE.title(), BASE.descriptionHtml(), "CDI", "67", "GEN_8", "BAC3", "3 000 €",
                BASE.closingDate());
        assertFalse(same.differsFrom(BASE));
        assertFalse(same.substantiallyDiffersFrom(BASE));
    }
}
