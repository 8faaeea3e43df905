package fr.bde.talentpool.domain;

/** Civilité of a candidate (Monsieur, Madame). */
public enum Civility {
    MR, MRS;
}
