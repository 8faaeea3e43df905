package fr.bde.talentpool.domain;

/** Bands of years (experience in or out of the digital sector, time without a job); the pool filter matches strictly. */
public enum ExperienceBand {
    NONE, LESS_THAN_1, FROM_1_TO_2, FROM_3_TO_5, FROM_6_TO_10, MORE_THAN_10
}
