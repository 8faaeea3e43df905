package fr.bde.talentpool.domain;

/** Current situation of a candidate towards employment; temporary ones carry an end date. */
public enum Situation {
    JOB_SEEKING(false),
    FIXED_TERM_JOB(true),
    IN_TRAINING(true),
    EMPLOYED(false),
    UNAVAILABLE(true);

    private final boolean temporary;

    Situation(boolean temporary) {
        this.temporary = temporary;
    }

    /** A temporary situation (fixed-term job, training...) shows its end date. */
    public boolean isTemporary() {
        return temporary;
    }
}
