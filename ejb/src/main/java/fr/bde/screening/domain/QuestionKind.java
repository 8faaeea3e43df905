package fr.bde.screening.domain;

/** How a screening question is answered. */
public enum QuestionKind {
    /** Oui / Non. */
    YES_NO,
    /** One choice among the recruiter's list. */
    SINGLE_CHOICE,
    /** A number (years of experience, distance, …). */
    NUMBER
}
