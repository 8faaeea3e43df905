package fr.bde.commission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 002: jobs exercised less than 3 years ago, or tied to a training validated less than a year ago. */
class RecentJobRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "ended {0}, training validated {1} -> listed {2}")
    @CsvSource(nullValues = "none", value = {
            // still held
            "none,       none,       true",
            // left less than 3 years ago, on the boundary, before it
            "2026-11-30, none,       true",
            "2023-12-06, none,       true",
            "2023-12-05, none,       false",
            "2020-06-30, none,       false",
            // an old job tied to a training validated less than a year ago
            "2015-06-30, 2026-01-10, true",
            "2015-06-30, 2025-12-06, true",
            "2015-06-30, 2025-12-05, false",
            "2015-06-30, 2024-03-01, false",
            // a training validated in the future proves nothing
            "2015-06-30, 2027-01-10, false",
            // a recent job stays listed whatever its training
            "2025-06-30, 2020-01-01, true",
    })
    void listsRecentJobsOnly(LocalDate endedOn, LocalDate trainingValidatedOn, boolean listed) {
        assertEquals(listed, RecentJobRule.isRecent(endedOn, trainingValidatedOn, TODAY));
    }
}
