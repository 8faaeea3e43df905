package fr.bde.commission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification comes after an interview and a complete grid, dated between the interview and today. */
class ClassificationRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "chosen {0}, interview {1}, {2} axes, on {3} -> {4}")
    @CsvSource(nullValues = "none", value = {
            "true,  2026-12-01, 5, 2026-12-05, none",
            "true,  2026-12-01, 5, 2026-12-01, none",
            "false, 2026-12-01, 5, 2026-12-05, commission.classification.required",
            "true,  none,       5, 2026-12-05, commission.classification.noInterview",
            "true,  2026-12-01, 4, 2026-12-05, commission.classification.gridIncomplete",
            "true,  2026-12-01, 0, 2026-12-05, commission.classification.gridIncomplete",
            "true,  2026-12-01, 5, none,       commission.classification.date.required",
            "true,  2026-12-01, 5, 2026-12-06, commission.classification.date.future",
            "true,  2026-12-01, 5, 2026-11-30, commission.classification.date.beforeInterview",
    })
    void classifiesAfterInterviewAndGrid(boolean chosen, LocalDate interview, int axes, LocalDate on, String problem) {
        assertEquals(problem, ClassificationRule.check(chosen, interview, axes, on, TODAY).orElse(null));
    }
}
