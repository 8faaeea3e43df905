package fr.bde.approval.domain;

/** Why an offer needs approving: the EN3S period (derogation) or the careers committee. */
public enum ApprovalKind {
    EN3S_DEROGATION,
    CAREERS_COMMITTEE
}
