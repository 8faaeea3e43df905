package fr.bde.followup.domain;

/** The 13 "Actions effectuées" of a follow-up sheet (seed 002, section 2). */
public enum SheetAction {
    PROFILE_STUDY,
    CV_ANALYSIS,
    CONTACT_MADE,
    KNOWLEDGE_TESTS,
    OPERATIONAL_INTERVIEW,
    HR_INTERVIEW,
    END_OF_TRAINING_INTERNSHIP_INTERVIEW,
    CLIENT_PRESENTATION_1,
    CLIENT_PRESENTATION_2,
    CLIENT_PRESENTATION_3,
    END_OF_TRIAL_INTERVIEW,
    END_OF_TRIAL_EXTENSION_INTERVIEW,
    OTHER
}
