package fr.bde.candidate.domain;

/** Where a mailed link stands when it is opened. */
public enum TokenState {
    VALID,
    EXPIRED,
    /** Already used once: links are single-use. */
    USED,
    /** Replaced by a newer link of the same purpose (or voided by a password change). */
    REPLACED,
    /** No such link (mistyped, forged, or of another purpose). */
    UNKNOWN
}
