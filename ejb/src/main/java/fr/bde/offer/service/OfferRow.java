package fr.bde.offer.service;

import fr.bde.offer.domain.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a recruiter's offer list. */
public record OfferRow(Long id, String reference, String title, String contractTypeLabel, String departementName,
                       OfferStatus status, Instant createdAt, Instant publishedAt, LocalDate closingDate,
                       long applicationCount) {
}
