package fr.bde.followup.domain;

/**
 * "Etat" of the recruitment section (seed 002): on trial (or apprenticeship), confirmed, or one of
 * the ways it broke off (trial break or recruitment not confirmed, for 3 reasons, or resignation).
 */
public enum RecruitmentState {
    TRIAL_OR_APPRENTICESHIP,
    CONFIRMED,
    BREAK_SKILLS,
    BREAK_BEHAVIOUR,
    BREAK_ECONOMIC_CONTEXT,
    RESIGNATION;

    /** A break of the trial period, a recruitment not confirmed or a resignation: "Rupture contrat". */
    public boolean isBroken() {
        return this != TRIAL_OR_APPRENTICESHIP && this != CONFIRMED;
    }
}
