package fr.bde.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per line of seed 002's result tables: result, status, days before a mandatory update. */
class SheetResultTest {

    @ParameterizedTest(name = "{0} -> {2} ({3} days)")
    @CsvSource(nullValues = "none", value = {
            // quick action "Mettre en portefeuille pour étude ultérieure" (example sheet: 25/01 -> 24/02)
            "STUDY_IN_PROGRESS,                         none,                    STUDY_IN_PROGRESS,        30",
            "NOT_RETAINED_AFTER_PROFILE_STUDY,          none,                    NOT_RETAINED,             none",
            "RESERVED_OPINION_AFTER_INTERVIEW,          none,                    NOT_RETAINED,             none",
            "EMPLOYABLE_BUT_NOT_SUITED_AFTER_INTERVIEW, none,                    NOT_RETAINED,             none",
            "KEPT_IN_POOL_FOR_RECRUITMENT,              none,                    IN_POOL,                  200",
            "KEPT_IN_POOL_FOR_PRE_RECRUITMENT_TRAINING, none,                    IN_POOL,                  200",
            "IN_PRE_RECRUITMENT_TRAINING,               none,                    PRE_RECRUITMENT_TRAINING, 180",
            "ADC_REGISTRATION_REQUEST,                  none,                    ADC_APPLICATION,          none",
            "ADC_CHOSEN_FOR_IMMERSION,                  none,                    ADC_APPLICATION,          none",
            "OFFER_SUBJECT_TO_CLIENT_APPROVAL,          none,                    RECRUITMENT_IN_PROGRESS,  30",
            "OFFER_IN_PROGRESS,                         none,                    RECRUITMENT_IN_PROGRESS,  30",
            "OFFER_REFUSED_BY_CANDIDATE,                none,                    CANDIDATE_REFUSED,        none",
            "RECRUITMENT,                               TRIAL_OR_APPRENTICESHIP, RECRUITED_ON_TRIAL,       250",
            "RECRUITMENT,                               CONFIRMED,               RECRUITED,                none",
            "RECRUITMENT,                               BREAK_SKILLS,            CONTRACT_BROKEN,          none",
            "RECRUITMENT,                               BREAK_BEHAVIOUR,         CONTRACT_BROKEN,          none",
            "RECRUITMENT,                               BREAK_ECONOMIC_CONTEXT,  CONTRACT_BROKEN,          none",
            "RECRUITMENT,                               RESIGNATION,             CONTRACT_BROKEN,          none",
            "ADC_INTENSIVE_3_MONTHS,                    none,                    ADC_3_MONTHS,             100",
            "ADC_INTENSIVE_6_MONTHS,                    none,                    ADC_6_MONTHS,             190",
            "ADC_BASICS_6_MONTHS,                       none,                    ADC_6_MONTHS,             190",
            "ADC_GENERAL_6_MONTHS,                      none,                    ADC_6_MONTHS,             190",
            "ADC_GENERAL_9_MONTHS,                      none,                    ADC_9_MONTHS,             280",
            "ADC_GENERAL_1_YEAR,                        none,                    ADC_1_YEAR,               370",
            "ADC_GENERAL_2_YEARS,                       none,                    ADC_2_YEARS,              740",
            "NOT_RECRUITED_AFTER_ADC,                   none,                    NOT_RETAINED,             none",
            "NOT_EMPLOYABLE_AFTER_INTERVIEW,            none,                    NOT_EMPLOYABLE,           none",
            "CANDIDATE_UNAVAILABLE,                     none,                    UNAVAILABLE,              none",
            "CANDIDATE_FOUND_A_JOB,                     none,                    SITUATION_TO_CHECK,       none",
            "FILE_ABANDONED,                            none,                    NOT_RETAINED,             none",
    })
    void resultGivesStatusAndDeadline(SheetResult result, RecruitmentState recruitment, SheetStatus status, Integer days) {
        assertEquals(status, result.status(recruitment));
        assertEquals(days == null ? OptionalInt.empty() : OptionalInt.of(days), status.updateDelayDays());
        LocalDate modified = LocalDate.of(2018, 1, 25);
        assertEquals(days == null ? Optional.empty() : Optional.of(modified.plusDays(days)),
                FollowUpSchedule.afterEdit(result, recruitment, true, false, modified, Optional.empty()).dueDate());
    }

    @Test
    void everyResultIsInTheTable() {
        assertEquals(25, SheetResult.values().length);
    }

    @Test
    void theSeedsExampleSheetIsDueThirtyDaysAfterItsUpdate() {
        assertEquals(Optional.of(LocalDate.of(2018, 2, 24)), FollowUpSchedule.afterEdit(SheetResult.STUDY_IN_PROGRESS, null,
                true, false, LocalDate.of(2018, 1, 25), Optional.empty()).dueDate());
    }

    @Test
    void changingOnlyTheActionsRestartsTheDeadlineFromTheModificationDay() {
        Optional<LocalDate> previous = Optional.of(LocalDate.of(2018, 8, 13));
        LocalDate modified = LocalDate.of(2018, 3, 1);
        assertEquals(Optional.of(LocalDate.of(2018, 9, 17)), FollowUpSchedule.afterEdit(
                SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT, null, false, true, modified, previous).dueDate());
        assertEquals(previous, FollowUpSchedule.afterEdit(
                SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT, null, false, false, modified, previous).dueDate(),
                "an edit of neither result nor actions keeps the deadline");
    }

    @Test
    void mandatorySectionsAndClosing() {
        assertTrue(SheetResult.NOT_EMPLOYABLE_AFTER_INTERVIEW.requiresRejectionCause());
        assertTrue(SheetResult.RECRUITMENT.requiresRecruitmentSection());
        assertTrue(SheetResult.FILE_ABANDONED.closesSheet());
        assertEquals(1, Arrays.stream(SheetResult.values()).filter(SheetResult::requiresRejectionCause).count());
        assertEquals(1, Arrays.stream(SheetResult.values()).filter(SheetResult::requiresRecruitmentSection).count());
        assertFalse(SheetResult.STUDY_IN_PROGRESS.closesSheet());
    }

    @ParameterizedTest
    @CsvSource({"2018-02-23, false", "2018-02-24, true", "2018-03-01, true"})
    void overdueFromTheDueDateOn(LocalDate today, boolean overdue) {
        assertEquals(overdue, FollowUpSchedule.isOverdue(Optional.of(LocalDate.of(2018, 2, 24)), today));
    }
}
