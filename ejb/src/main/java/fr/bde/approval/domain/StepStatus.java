package fr.bde.approval.domain;

/** A step waits for the previous ones, is pending with its approver, then is answered. */
public enum StepStatus {
    WAITING,
    PENDING,
    APPROVED,
    REFUSED,
    CANCELLED
}
