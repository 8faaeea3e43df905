package fr.bde.alert.service;

/** What an unsubscribe link did. */
public enum UnsubscribeOutcome {
    UNSUBSCRIBED,
    /** The alert was already deleted (a second click, or deleted from the personal space). */
    ALREADY_GONE,
    /** The link was altered: nothing done. */
    INVALID
}
