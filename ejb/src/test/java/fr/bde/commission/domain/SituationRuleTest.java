package fr.bde.commission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 002: the current situation has an effective date, and an end date when it is temporary. */
class SituationRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "temporary {0}, from {1} to {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
            "false, 2026-09-01, none,       none",
            "true,  2026-09-01, 2027-03-31, none",
            "true,  2026-12-05, 2026-12-06, none",
            "false, none,       none,       commission.situation.effectiveOn.required",
            "true,  none,       2027-03-31, commission.situation.effectiveOn.required",
            "false, 2026-12-06, none,       commission.situation.effectiveOn.future",
            "true,  2026-09-01, none,       commission.situation.endsOn.required",
            "false, 2026-09-01, 2027-03-31, commission.situation.endsOn.notTemporary",
            "true,  2026-09-01, 2026-09-01, commission.situation.endsOn.beforeEffective",
            "true,  2026-09-01, 2026-08-31, commission.situation.endsOn.beforeEffective",
    })
    void effectiveAndEndDates(boolean temporary, LocalDate effectiveOn, LocalDate endsOn, String problem) {
        assertEquals(problem, SituationRule.check(temporary, effectiveOn, endsOn, TODAY)
                .map(SituationRule.Problem::messageKey).orElse(null));
    }
}
