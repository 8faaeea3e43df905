package fr.bde.offer.domain;

/**
 * Life cycle of an offer: draft, then (when a route or the EN3S period requires it) approval
 * requested, approved or refused, then published, then closed (filled, cancelled or expired).
 */
public enum OfferStatus {
    DRAFT,
    PENDING_APPROVAL,
    APPROVED,
    REFUSED,
    PUBLISHED,
    CLOSED
}
