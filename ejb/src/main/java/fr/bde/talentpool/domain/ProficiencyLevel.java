package fr.bde.talentpool.domain;

/** Niveau de maîtrise of a skill. */
public enum ProficiencyLevel {
    BEGINNER, OPERATIONAL, EXPERIENCED;
}
