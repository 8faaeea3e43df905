package fr.bde.talentpool.domain;

/** Education level of the SAR pool (seed 002), in increasing order; the pool filter matches strictly. */
public enum StudyLevel {
    BELOW_BAC, BAC_NOT_VALIDATED, BAC, BAC_2, BAC_3, BAC_4, BAC_5, ABOVE_BAC_5
}
