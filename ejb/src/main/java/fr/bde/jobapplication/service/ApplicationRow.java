package fr.bde.jobapplication.service;

import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.selection.domain.SelectionStep;
import java.time.Instant;

/** One line of an offer's application list; {@code step} is null while the application is just received. */
public record ApplicationRow(Long id, String firstName, String lastName, String email, String cvFileName,
                             ApplicationStatus status, Instant submittedAt, SelectionStep step) {
}
