package fr.bde.approval.service;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.StepKind;
import fr.bde.approval.domain.StepStatus;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an approver's inbox. */
public record InboxRow(Long stepId, Long offerId, String reference, String title, String organisationName,
                       ApprovalKind processKind, StepKind stepKind, StepStatus status, Instant sentAt,
                       LocalDate dueDate, Instant answeredAt, String answeredBy) {
}
