package fr.bde.talentpool.domain;

/** A document sent by the candidate: the CV, or another one (diplomas, certificates, letters). */
public enum DocumentKind {
    CV, OTHER;
}
