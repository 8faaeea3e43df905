package fr.bde.offer.domain;

/** Why an offer was closed: post filled, recruitment cancelled, or closing date passed. */
public enum CloseReason {
    FILLED,
    CANCELLED,
    EXPIRED
}
