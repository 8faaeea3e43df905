package fr.bde.mobility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bde.mobility.service.Places;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the pool search matches against: accent-free lower-case text, ",A,B," code lists, places. */
class SearchTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Master Comptabilité-Contrôle | master comptabilite controle",
            "  Ingénieur   SI  (Bac+5)    | ingenieur si bac+5",
            "''                           | ''",
    })
    void textIsNormalised(String text, String expected) {
        assertEquals(expected, SearchText.normalise(text));
    }

    @Test
    void codeListsAreSortedAndFramedByCommas() {
        assertEquals(",11,53,84,", CodeList.of(List.of("84", "11", "53", "11")));
        assertEquals(null, CodeList.of(List.of()));
        assertEquals(List.of("11", "53"), List.copyOf(CodeList.parse(",11,53,")));
        assertEquals("%,75,%", CodeList.containing("75"));
    }

    @Test
    void placesKeepWholeRegionsApartFromRegionsOfDepartements() {
        assertEquals(",D75,R11,R84,W84,", Places.of(",84,", ",75,", ",11,84,"));
    }
}
