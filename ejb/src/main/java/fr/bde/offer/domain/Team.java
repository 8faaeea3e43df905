package fr.bde.offer.domain;

/** The operational team (recruiters working the offer) and the approval team (named approvers). */
public enum Team {
    OPERATIONAL,
    APPROVAL
}
