package fr.bde.offer.domain;

/** Life cycle of an offer; approval states come with the approval workflows. */
public enum OfferStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
