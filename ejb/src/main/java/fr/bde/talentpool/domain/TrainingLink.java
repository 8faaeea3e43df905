package fr.bde.talentpool.domain;

/** The 4 links between a candidate and an ADC training action (pool filter on training envisaged or followed): interest declared, waiting for a session start and seeking an internship company, following it and seeking an internship company, seeking a job after it. */
public enum TrainingLink {
    INTERESTED, WAITING_FOR_SESSION, IN_TRAINING, SEEKING_JOB_AFTER;
}
