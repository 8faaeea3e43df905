package fr.bde.offer.domain;

/** Équipe opérationnelle (recruiters working the offer) and équipe d'approbation (named approvers). */
public enum Team {
    OPERATIONAL,
    APPROVAL
}
