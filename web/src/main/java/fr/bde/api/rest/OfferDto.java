package fr.bde.api.rest;

import java.time.Instant;
import java.time.LocalDate;

/** A published offer in a list. */
public record OfferDto(String reference, String title, String organisation, String departementCode,
                       String departement, String regionCode, String region, String contractTypeCode,
                       String contractType, String summary, Instant publishedAt, LocalDate closingDate) {
}
