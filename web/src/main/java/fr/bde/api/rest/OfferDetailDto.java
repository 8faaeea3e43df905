package fr.bde.api.rest;

import java.time.Instant;
import java.time.LocalDate;

/** A published offer in full. Education level is not part of the institutional publication. */
public record OfferDetailDto(String reference, String title, String organisation, String departementCode,
                             String departement, String regionCode, String region, String contractTypeCode,
                             String contractType, String qualificationLevel, String descriptionHtml,
                             String salary, Instant publishedAt, LocalDate closingDate) {
}
