package fr.bde.followup.domain;

/** The 8 "Cause(s) de rejet du candidat", one at least for a "non employable" result. */
public enum RejectionCause {
    INSUFFICIENT_SKILLS,
    INSUFFICIENT_EXPERIENCE,
    LACK_OF_MOTIVATION,
    UNSUITED_RELATIONSHIP,
    LIMITED_MOBILITY,
    SALARY_TOO_HIGH,
    INCOMPATIBLE_PROJECT,
    OTHER
}
