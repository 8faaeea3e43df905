package fr.bde.talentpool.domain;

/** Title of a candidate (Mr, Mrs). */
public enum Civility {
    MR, MRS;
}
