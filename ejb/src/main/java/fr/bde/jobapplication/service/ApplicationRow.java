package fr.bde.jobapplication.service;

import fr.bde.jobapplication.domain.ApplicationStatus;
import java.time.Instant;

/** One line of an offer's application list. */
public record ApplicationRow(Long id, String firstName, String lastName, String email, String cvFileName,
                             ApplicationStatus status, Instant submittedAt) {
}
