package fr.bde.mail.service;

import fr.bde.mail.domain.OutboxMessage;
import java.time.LocalDate;

/** Filters of the outbox screen; null means "any". {@code recipient}: part of the address. */
public record OutboxFilter(OutboxMessage.Status status, String recipient, LocalDate createdFrom, LocalDate createdTo) {
}
