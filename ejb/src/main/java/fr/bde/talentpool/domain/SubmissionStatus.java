package fr.bde.talentpool.domain;

/** Progress of a job seeker's file: submitted by a partner (or drafted by a company), interviewed by the commission, classified (published in the pool), withdrawn. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, INTERVIEWED, CLASSIFIED, WITHDRAWN;
}
