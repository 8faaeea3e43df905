package fr.bde.approval.domain;

public enum ProcessStatus {
    IN_PROGRESS,
    APPROVED,
    REFUSED,
    CANCELLED
}
