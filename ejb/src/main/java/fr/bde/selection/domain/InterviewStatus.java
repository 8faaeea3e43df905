package fr.bde.selection.domain;

public enum InterviewStatus {
    SCHEDULED,
    CANCELLED
}
