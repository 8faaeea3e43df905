package fr.bde.commission.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A commission interview of the job seeker. */
public record InterviewRow(Long id, LocalDate interviewedOn, String interviewer, String notes) implements Serializable {
}
