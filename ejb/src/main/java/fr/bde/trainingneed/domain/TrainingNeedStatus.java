package fr.bde.trainingneed.domain;

/** Progress of a company's pre-recruitment training need. */
public enum TrainingNeedStatus {
    DRAFT, SUBMITTED, IN_PROGRESS, CLOSED
}
