package fr.bde.approval.service;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.ProcessStatus;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the list of approval processes. */
public record ProcessRow(Long processId, Long offerId, String reference, String title, String organisationName,
                         ApprovalKind kind, ProcessStatus status, Instant startedAt, String startedBy,
                         LocalDate dueDate, Instant endedAt) {
}
