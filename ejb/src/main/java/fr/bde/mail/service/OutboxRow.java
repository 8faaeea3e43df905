package fr.bde.mail.service;

import fr.bde.mail.domain.OutboxMessage;
import java.time.Instant;

/** A line of the outbox administration screen. */
public record OutboxRow(Long id, String recipient, String subject, OutboxMessage.Status status, int attempts,
                        Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, String resentBy,
                        Instant resentAt) {
}
