package fr.bde.export.service;

import fr.bde.offer.domain.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;

/** One offer as written to the Excel extract. */
public record OfferExportRow(Long id, String reference, String title, String contractType, String departement,
                             String region, OfferStatus status, Instant createdAt, Instant publishedAt,
                             LocalDate closingDate, String qualificationLevel, String salary) {
}
