package fr.bde.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bde.common.BusinessException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recruiter's question form: what is refused, on which field. */
class QuestionDraftTest {

    @ParameterizedTest(name = "{0} ko={2}: {7}")
    @CsvSource(nullValues = "-", delimiter = ';', value = {
            // text;          kind;          knock-out; expected; choices;         allowed;   min; max; problems (field=key)
            "Permis B ?;      YES_NO;        true;      true;     -;               -;         -;   -;   -",
            "Permis B ?;      YES_NO;        true;      -;        -;               -;         -;   -;   expectedYes=screening.question.expected.required",
            "Permis B ?;      YES_NO;        false;     -;        -;               -;         -;   -;   -",
            "-;               YES_NO;        false;     -;        -;               -;         -;   -;   text=screening.question.text.required",
            "Diplôme ?;       SINGLE_CHOICE; false;     -;        Bac|Bac+2;       -;         -;   -;   -",
            "Diplôme ?;       SINGLE_CHOICE; false;     -;        Bac;             -;         -;   -;   choices=screening.question.choices.invalid",
            "Diplôme ?;       SINGLE_CHOICE; false;     -;        Bac|Bac;         -;         -;   -;   choices=screening.question.choices.invalid",
            "Diplôme ?;       SINGLE_CHOICE; true;      -;        Bac|Bac+2;       Bac+2;     -;   -;   -",
            "Diplôme ?;       SINGLE_CHOICE; true;      -;        Bac|Bac+2;       -;         -;   -;   allowedChoices=screening.question.allowed.invalid",
            "Diplôme ?;       SINGLE_CHOICE; true;      -;        Bac|Bac+2;       Bac+5;     -;   -;   allowedChoices=screening.question.allowed.invalid",
            "Années ?;        NUMBER;        true;      -;        -;               -;         2;   -;   -",
            "Années ?;        NUMBER;        true;      -;        -;               -;         -;   '4,5'; -",
            "Années ?;        NUMBER;        true;      -;        -;               -;         -;   -;   min=screening.question.bounds.required",
            "Années ?;        NUMBER;        true;      -;        -;               -;         deux; -;  min=screening.question.bound.invalid",
            "Années ?;        NUMBER;        true;      -;        -;               -;         5;   2;   max=screening.question.bounds.order",
            "Années ?;        NUMBER;        false;     -;        -;               -;         -;   -;   -",
    })
    void problems(String text, QuestionKind kind, boolean knockOut, Boolean expected, String choices, String allowed,
                  String min, String max, String problems) {
        QuestionDraft draft = new QuestionDraft(text, kind, choices == null ? null : choices.replace('|', '\n'),
                knockOut, expected, allowed == null ? null : allowed.replace('|', '\n'), min, max);
        List<String> found = draft.problems().stream().map(p -> p.getField() + "=" + p.getMessageKey()).toList();
        assertEquals(problems == null ? List.of() : List.of(problems.split("\\|")), found);
    }

    @Test
    void aValidDraftGivesItsRule() {
        KnockOutRule rule = new QuestionDraft("Années d'expérience ?", QuestionKind.NUMBER, null, true, null, null,
                "2", " ").rule();
        assertEquals(new BigDecimal("2"), rule.min());
        assertEquals(null, rule.max());
        assertEquals(true, rule.knocksOut("1"));
        KnockOutRule choice = new QuestionDraft("Diplôme ?", QuestionKind.SINGLE_CHOICE, " Bac \r\n\nBac+2\n", true, null,
                "Bac+2", null, null).rule();
        assertEquals(List.of("Bac", "Bac+2"), choice.choices());
        assertEquals(true, choice.knocksOut("Bac"));
        assertEquals(List.of(), new QuestionDraft("Q", QuestionKind.YES_NO, null, false, null, null, null, null)
                .problems().stream().map(BusinessException::getMessageKey).toList());
    }
}
