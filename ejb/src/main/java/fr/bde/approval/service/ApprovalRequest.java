package fr.bde.approval.service;

import fr.bde.approval.domain.ApprovalKind;
import java.time.LocalDate;

/** What the "Soumettre pour approbation" form starts with; the recruiter may change all of it. */
public record ApprovalRequest(ApprovalKind kind, String message, LocalDate dueDate, boolean alertRequester) {
}
