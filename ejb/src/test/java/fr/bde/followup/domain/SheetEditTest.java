package fr.bde.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The seed's mandatory rules of a follow-up sheet: rejection causes, recruitment section, unticking "non réponse". */
class SheetEditTest {

    static final LocalDate DAY = LocalDate.of(2018, 1, 25);
    static final SheetRecruitment CDI = new SheetRecruitment(DAY, RecruitmentContract.CDI, null,
            RecruitmentState.TRIAL_OR_APPRENTICESHIP);

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(SheetResult.NOT_EMPLOYABLE_AFTER_INTERVIEW, Set.of(), null, List.of("sar.sheet.error.rejectionCauseRequired")),
                Arguments.of(SheetResult.NOT_EMPLOYABLE_AFTER_INTERVIEW, Set.of(RejectionCause.OTHER), null, List.of()),
                Arguments.of(SheetResult.NOT_EMPLOYABLE_AFTER_INTERVIEW, Set.of(RejectionCause.INSUFFICIENT_SKILLS,
                        RejectionCause.SALARY_TOO_HIGH), null, List.of()),
                Arguments.of(SheetResult.RECRUITMENT, Set.of(), null, List.of("sar.sheet.error.recruitmentRequired")),
                Arguments.of(SheetResult.RECRUITMENT, Set.of(), new SheetRecruitment(DAY, null, null, null),
                        List.of("sar.sheet.error.recruitmentRequired")),
                Arguments.of(SheetResult.RECRUITMENT, Set.of(), new SheetRecruitment(DAY, RecruitmentContract.CDD, null,
                        RecruitmentState.TRIAL_OR_APPRENTICESHIP), List.of("sar.sheet.error.contractEndRequired")),
                Arguments.of(SheetResult.RECRUITMENT, Set.of(), new SheetRecruitment(DAY, RecruitmentContract.APPRENTICESHIP,
                        DAY.plusYears(2), RecruitmentState.TRIAL_OR_APPRENTICESHIP), List.of()),
                Arguments.of(SheetResult.RECRUITMENT, Set.of(), CDI, List.of()),
                Arguments.of(SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT, Set.of(), null, List.of()),
                Arguments.of(null, Set.of(), null, List.of("sar.sheet.error.resultRequired")));
    }

    @ParameterizedTest(name = "{0} causes={1} -> {3}")
    @MethodSource("rules")
    void mandatoryRules(SheetResult result, Set<RejectionCause> causes, SheetRecruitment recruitment, List<String> keys) {
        assertEquals(keys, new SheetEdit(Set.of(), result, false, null, causes, recruitment).violations().stream()
                .map(SheetEdit.Violation::messageKey).toList());
    }

    @ParameterizedTest
    @EnumSource(SheetResult.class)
    void everyResultButTheTwoMandatoryOnesNeedsNothingMore(SheetResult result) {
        boolean needsMore = result == SheetResult.RECRUITMENT || result == SheetResult.NOT_EMPLOYABLE_AFTER_INTERVIEW;
        assertEquals(needsMore, !new SheetEdit(Set.of(), result, false, null, null, null).violations().isEmpty());
    }

    @Test
    void noResponseMustBeUntickedBeforeTheResultMovesOnButTheFileMayBeAbandoned() {
        FollowUpSheet sheet = new FollowUpSheet(null, null, null, QuickAction.STUDY_LATER, DAY.atStartOfDay().toInstant(
                java.time.ZoneOffset.UTC), DAY);
        assertTrue(sheet.apply(new SheetEdit(Set.of(SheetAction.CONTACT_MADE), SheetResult.STUDY_IN_PROGRESS, true, null,
                null, null), DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), DAY), "ticking is reported once");
        assertEquals(List.of("sar.sheet.error.untickNoResponse"), sheet.check(new SheetEdit(Set.of(),
                SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT, true, null, null, null)).stream()
                .map(SheetEdit.Violation::messageKey).toList());
        assertTrue(sheet.check(new SheetEdit(Set.of(), SheetResult.FILE_ABANDONED, true, null, null, null)).isEmpty());
        assertTrue(sheet.check(new SheetEdit(Set.of(), SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT, false, null, null, null))
                .isEmpty());
        assertFalse(sheet.apply(new SheetEdit(Set.of(SheetAction.CONTACT_MADE), SheetResult.STUDY_IN_PROGRESS, true, null,
                null, null), DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), DAY), "still ticked: no second mail");
    }

    @Test
    void quickActionsCreateSheetsWithTheSeedsResults() {
        assertEquals(SheetResult.STUDY_IN_PROGRESS, QuickAction.STUDY_LATER.result());
        assertEquals(SheetResult.NOT_RETAINED_AFTER_PROFILE_STUDY, QuickAction.NOT_RETAINED.result());
        assertEquals(SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT, QuickAction.POTENTIAL_RECRUITMENT.result());
        assertEquals(SheetResult.KEPT_IN_POOL_FOR_PRE_RECRUITMENT_TRAINING, QuickAction.PRE_RECRUITMENT_TRAINING.result());
        FollowUpSheet sheet = new FollowUpSheet(null, null, null, QuickAction.POTENTIAL_RECRUITMENT,
                DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), DAY);
        assertEquals(SheetStatus.IN_POOL, sheet.getStatus());
        assertEquals(DAY.plusDays(200), sheet.getDueDate());
    }

    @Test
    void changingTheResultRestartsTheDeadlineSoTheSheetIsNoLongerOverdue() {
        FollowUpSheet sheet = new FollowUpSheet(null, null, null, QuickAction.STUDY_LATER,
                DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), DAY);
        LocalDate later = DAY.plusDays(40);
        assertTrue(sheet.isOverdueOn(later));
        sheet.apply(new SheetEdit(sheet.getActions(), SheetResult.OFFER_IN_PROGRESS, false, null, null, null),
                later.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), later);
        assertEquals(SheetStatus.RECRUITMENT_IN_PROGRESS, sheet.getStatus());
        assertEquals(later.plusDays(30), sheet.getDueDate());
        assertFalse(sheet.isOverdueOn(later));
    }
}
