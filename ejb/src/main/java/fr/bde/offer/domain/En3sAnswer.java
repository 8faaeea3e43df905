package fr.bde.offer.domain;

/**
 * Where EN3S's answer to an offer of the EN3S period stands (seed 001 §2.1): asked and waiting,
 * validated (the offer may be published), refused.
 */
public enum En3sAnswer {
    PENDING,
    VALIDATED,
    REFUSED
}
