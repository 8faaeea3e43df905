package fr.bde.talentpool.domain;

/** Proficiency level of a skill. */
public enum ProficiencyLevel {
    BEGINNER, OPERATIONAL, EXPERIENCED;
}
