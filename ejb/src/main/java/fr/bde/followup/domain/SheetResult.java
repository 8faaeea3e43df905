package fr.bde.followup.domain;

/**
 * The result a company recruiter chooses on a follow-up sheet (seed 002, result section), grouped by the
 * seed's conclusions, and the status each one gives. RECRUITMENT depends on the recruitment section:
 * on trial, confirmed, or broken off. Quick actions on a pool profile create sheets with the first four.
 */
public enum SheetResult {
    // quick actions from the pool synthesis
    STUDY_IN_PROGRESS(SheetStatus.STUDY_IN_PROGRESS),
    // the profile does not interest you
    NOT_RETAINED_AFTER_PROFILE_STUDY(SheetStatus.NOT_RETAINED),
    RESERVED_OPINION_AFTER_INTERVIEW(SheetStatus.NOT_RETAINED),
    EMPLOYABLE_BUT_NOT_SUITED_AFTER_INTERVIEW(SheetStatus.NOT_RETAINED),
    // you find an interest in the candidate
    KEPT_IN_POOL_FOR_RECRUITMENT(SheetStatus.IN_POOL),
    KEPT_IN_POOL_FOR_PRE_RECRUITMENT_TRAINING(SheetStatus.IN_POOL),
    IN_PRE_RECRUITMENT_TRAINING(SheetStatus.PRE_RECRUITMENT_TRAINING),
    ADC_REGISTRATION_REQUEST(SheetStatus.ADC_APPLICATION),
    ADC_CHOSEN_FOR_IMMERSION(SheetStatus.ADC_APPLICATION),
    // you wish to recruit the candidate
    OFFER_SUBJECT_TO_CLIENT_APPROVAL(SheetStatus.RECRUITMENT_IN_PROGRESS),
    OFFER_IN_PROGRESS(SheetStatus.RECRUITMENT_IN_PROGRESS),
    OFFER_REFUSED_BY_CANDIDATE(SheetStatus.CANDIDATE_REFUSED),
    RECRUITMENT(SheetStatus.RECRUITED_ON_TRIAL),
    // ADC action with an internship in your company
    ADC_INTENSIVE_3_MONTHS(SheetStatus.ADC_3_MONTHS),
    ADC_INTENSIVE_6_MONTHS(SheetStatus.ADC_6_MONTHS),
    ADC_BASICS_6_MONTHS(SheetStatus.ADC_6_MONTHS),
    ADC_GENERAL_6_MONTHS(SheetStatus.ADC_6_MONTHS),
    ADC_GENERAL_9_MONTHS(SheetStatus.ADC_9_MONTHS),
    ADC_GENERAL_1_YEAR(SheetStatus.ADC_1_YEAR),
    ADC_GENERAL_2_YEARS(SheetStatus.ADC_2_YEARS),
    NOT_RECRUITED_AFTER_ADC(SheetStatus.NOT_RETAINED),
    // after an interview, the profile is judged not employable
    NOT_EMPLOYABLE_AFTER_INTERVIEW(SheetStatus.NOT_EMPLOYABLE),
    // the candidate's situation prevents a recruitment
    CANDIDATE_UNAVAILABLE(SheetStatus.UNAVAILABLE),
    CANDIDATE_FOUND_A_JOB(SheetStatus.SITUATION_TO_CHECK),
    // no follow-up without an opinion on the profile
    FILE_ABANDONED(SheetStatus.NOT_RETAINED);

    private final SheetStatus status;

    SheetResult(SheetStatus status) {
        this.status = status;
    }

    /** The status this result gives; for RECRUITMENT it follows the recruitment section's state. */
    public SheetStatus status(RecruitmentState recruitment) {
        if (this != RECRUITMENT || recruitment == null) {
            return status;
        }
        if (recruitment.isBroken()) {
            return SheetStatus.CONTRACT_BROKEN;
        }
        return recruitment == RecruitmentState.CONFIRMED ? SheetStatus.RECRUITED : SheetStatus.RECRUITED_ON_TRIAL;
    }

    /** "Not employable after the interview" needs at least one rejection cause. */
    public boolean requiresRejectionCause() {
        return this == NOT_EMPLOYABLE_AFTER_INTERVIEW;
    }

    /** RECRUITMENT needs the recruitment section (date, contract type, state). */
    public boolean requiresRecruitmentSection() {
        return this == RECRUITMENT;
    }

    /** Abandoning the file closes the sheet. */
    public boolean closesSheet() {
        return this == FILE_ABANDONED;
    }
}
