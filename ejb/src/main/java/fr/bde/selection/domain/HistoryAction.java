package fr.bde.selection.domain;

/** What happened to an application, as its history shows it. */
public enum HistoryAction {
    /** Moved to a selection step (the detail names it). */
    STEP,
    /** A message was sent to the candidate (individual or grouped). */
    MESSAGE,
    INTERVIEW_SCHEDULED,
    INTERVIEW_RESCHEDULED,
    INTERVIEW_CANCELLED,
    /** A step or interview report was recorded. */
    REPORT,
    /** A knock-out answer failed on an offer rejecting automatically: rejected at once, mail held for the delay. */
    REJECTED_ON_CRITERIA,
    /** The recruiter cancelled a rejection on criteria before its held mail left. */
    REJECTION_CANCELLED,
    /** The offer was filled: the candidate received the closing message. */
    CLOSING_MESSAGE,
    /** The candidate withdrew the application from their personal space. */
    WITHDRAWN
}
