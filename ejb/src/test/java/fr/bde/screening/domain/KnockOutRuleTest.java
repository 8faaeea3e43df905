package fr.bde.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The knock-out table: one row per kind of criterion and answer. */
class KnockOutRuleTest {

    static final List<String> CHOICES = List.of("Bac", "Bac+2", "Bac+3", "Bac+5");

    static KnockOutRule rule(String kind, boolean knockOut, String criterion) {
        return switch (QuestionKind.valueOf(kind)) {
            case YES_NO -> new KnockOutRule(QuestionKind.YES_NO, null, knockOut,
                    criterion == null ? null : Boolean.valueOf(criterion), null, null, null);
            case SINGLE_CHOICE -> new KnockOutRule(QuestionKind.SINGLE_CHOICE, CHOICES, knockOut, null,
                    criterion == null ? Set.of() : Set.of(criterion.split("\\|")), null, null);
            case NUMBER -> {
                String[] bounds = criterion == null ? new String[] {"", ""} : criterion.split("\\.\\.", -1);
                yield new KnockOutRule(QuestionKind.NUMBER, null, knockOut, null, null,
                        bounds[0].isEmpty() ? null : new BigDecimal(bounds[0]),
                        bounds[1].isEmpty() ? null : new BigDecimal(bounds[1]));
            }
        };
    }

    @ParameterizedTest(name = "{0} criterion {2}, answer {3} -> knocked out {4}")
    @CsvSource(nullValues = "-", value = {
            // kind,        knock-out, criterion,        answer, knocked out
            "YES_NO,        true,      true,             true,   false",
            "YES_NO,        true,      true,             false,  true",
            "YES_NO,        true,      false,            false,  false",
            "YES_NO,        true,      false,            true,   true",
            "YES_NO,        false,     -,                false,  false",
            "SINGLE_CHOICE, true,      Bac+3|Bac+5,      Bac+5,  false",
            "SINGLE_CHOICE, true,      Bac+3|Bac+5,      Bac+2,  true",
            "SINGLE_CHOICE, false,     -,                Bac,    false",
            "NUMBER,        true,      2..,              2,      false",
            "NUMBER,        true,      2..,              1.5,    true",
            "NUMBER,        true,      ..40,             40,     false",
            "NUMBER,        true,      ..40,             40.01,  true",
            "NUMBER,        true,      1..5,             0,      true",
            "NUMBER,        true,      1..5,             3,      false",
            "NUMBER,        true,      1..5,             6,      true",
            "NUMBER,        false,     -,                -3,     false",
    })
    void knockOutTable(String kind, boolean knockOut, String criterion, String answer, boolean knockedOut) {
        assertEquals(knockedOut, rule(kind, knockOut, criterion).knocksOut(answer));
    }

    @ParameterizedTest(name = "{0}: typed \"{1}\" -> \"{2}\"")
    @CsvSource(nullValues = "-", value = {
            "YES_NO,        true,     true",
            "YES_NO,        false,    false",
            "YES_NO,        oui,      -",
            "YES_NO,        '',       -",
            "SINGLE_CHOICE, Bac+2,    Bac+2",
            "SINGLE_CHOICE, ' Bac ',  Bac",
            "SINGLE_CHOICE, Bac+8,    -",
            "NUMBER,        3,        3",
            "NUMBER,        '3,5',    3.5",
            "NUMBER,        3.50,     3.5",
            "NUMBER,        '1 200',  1200",
            "NUMBER,        10.00,    10",
            "NUMBER,        -2,       -2",
            "NUMBER,        trois,    -",
            "NUMBER,        3.555,    -",
            "NUMBER,        1e5,      -",
            "NUMBER,        99999999999, -",
    })
    void answersAreCheckedAndKeptInCanonicalForm(String kind, String typed, String canonical) {
        assertEquals(Optional.ofNullable(canonical), rule(kind, false, null).canonical(typed));
    }

    @ParameterizedTest
    @CsvSource({"'Avez-vous le permis B ?', 'avez vous le permis b'",
            "'  Êtes-vous  DISPONIBLE le 1er mars ?', 'etes vous disponible le 1er mars'",
            "'Années d''expérience', 'annees d experience'"})
    void theSameQuestionIsRecognisedWhateverItsCaseAccentsAndPunctuation(String text, String key) {
        assertEquals(key, QuestionKey.of(text));
    }

    @ParameterizedTest
    @CsvSource({"YES_NO, true", "SINGLE_CHOICE, true", "NUMBER, false"})
    void aQuestionKeepsItsRuleThroughTheEntity(String kind, boolean knockOut) {
        KnockOutRule original = kind.equals("YES_NO") ? rule(kind, knockOut, "true")
                : kind.equals("SINGLE_CHOICE") ? rule(kind, knockOut, "Bac+3|Bac+5") : rule(kind, knockOut, null);
        KnockOutRule stored = new ScreeningQuestion(null, 1, "Q", original).rule();
        assertEquals(original.kind(), stored.kind());
        assertEquals(original.knockOut(), stored.knockOut());
        assertEquals(original.choices(), stored.choices());
        assertEquals(original.allowedChoices(), stored.allowedChoices());
        assertTrue(original.expectedYes() == null || original.expectedYes().equals(stored.expectedYes()));
    }
}
