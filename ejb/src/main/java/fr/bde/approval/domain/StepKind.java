package fr.bde.approval.domain;

/** Who answers a step: EN3S, the national fund (careers committee), or Ucanss (regulatory review). */
public enum StepKind {
    EN3S,
    NATIONAL_FUND_APPROVAL,
    UCANSS_REVIEW
}
