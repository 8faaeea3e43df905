package fr.bde.followup.domain;

/** State of a recruitment ("Suivi recrutement"): on trial or apprenticeship, confirmed, or broken off. */
public enum RecruitmentState {
    TRIAL_OR_APPRENTICESHIP,
    CONFIRMED,
    BROKEN
}
