package fr.bde.followup.domain;

/** Contract of a recruitment; fixed-term ones (CDD, work-study) carry an end date. */
public enum RecruitmentContract {
    CDD(true),
    CDI(false),
    PROFESSIONALISATION(true),
    APPRENTICESHIP(true);

    private final boolean fixedTerm;

    RecruitmentContract(boolean fixedTerm) {
        this.fixedTerm = fixedTerm;
    }

    public boolean isFixedTerm() {
        return fixedTerm;
    }
}
