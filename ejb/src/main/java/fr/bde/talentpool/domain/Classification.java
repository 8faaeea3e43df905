package fr.bde.talentpool.domain;

/** The commission's classification of an auditioned job seeker (seed 002): employable now, or adaptable after a training. */
public enum Classification {
    EMPLOYABLE, ADAPTABLE;
}
