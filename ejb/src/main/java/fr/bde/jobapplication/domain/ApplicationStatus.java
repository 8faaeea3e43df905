package fr.bde.jobapplication.domain;

/** Where an application stands; the selection steps come with the candidate-space issue. */
public enum ApplicationStatus {
    SUBMITTED,
    /** The candidate withdrew it from their personal space. */
    WITHDRAWN,
    /** The recruiter (or a knock-out criterion) turned it down: anonymised by the retention rule once the offer closes. */
    REJECTED,
    /** The candidate was hired: the application is kept (not anonymised by the retention rule). */
    HIRED
}
