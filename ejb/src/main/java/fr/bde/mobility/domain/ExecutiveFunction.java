package fr.bde.mobility.domain;

/** Executive (ADD) functions a wish may target. */
public enum ExecutiveFunction {
    DIRECTOR,
    ACCOUNTING_OFFICER,
    DEPUTY_DIRECTOR,
    DEPARTMENT_HEAD,
    OTHER_EXECUTIVE;

    /** Director and accounting-officer posts are not in the regional pools: national career managers handle them. */
    public boolean reservedToCareerManagers() {
        return this == DIRECTOR || this == ACCOUNTING_OFFICER;
    }
}
