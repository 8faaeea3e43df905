package fr.bde.followup.domain;

/** The 4 quick-action buttons of the pool synthesis and the result of the sheet each one creates (seed 002). */
public enum QuickAction {
    STUDY_LATER(SheetResult.STUDY_IN_PROGRESS),
    NOT_RETAINED(SheetResult.NOT_RETAINED_AFTER_PROFILE_STUDY),
    POTENTIAL_RECRUITMENT(SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT),
    PRE_RECRUITMENT_TRAINING(SheetResult.KEPT_IN_POOL_FOR_PRE_RECRUITMENT_TRAINING);

    private final SheetResult result;

    QuickAction(SheetResult result) {
        this.result = result;
    }

    public SheetResult result() {
        return result;
    }
}
