package fr.bde.offer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OfferReferenceTest {

    @ParameterizedTest
    @CsvSource({
        "false, 95, NVHADD00095",
        "false, 1, NVHADD00001",
        "true, 12, NVADD00012",
        "false, 123456, NVHADD123456"
    })
    void referenceIsPrefixedAndZeroPadded(boolean executive, long number, String expected) {
        OfferReference reference = OfferReference.of(executive, number);
        assertEquals(expected, reference.value());
        assertEquals(executive, reference.isExecutive());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"NVHADD0009", "nvhadd00095", "NVXADD00095", "NVHADD00095 ", "HADD00095", "NVHADD-0095"})
    void malformedReferencesAreRejected(String value) {
        assertFalse(OfferReference.isValid(value));
        assertThrows(IllegalArgumentException.class, () -> new OfferReference(value));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> OfferReference.of(false, 0));
    }

    @Test
    void validReferenceIsAccepted() {
        assertTrue(OfferReference.isValid("NVHADD00095"));
    }
}
