package fr.bde.offer.service;

import java.time.LocalDate;

/** What a recruiter types to create or edit an offer. */
public record OfferDraft(String title, String contractTypeCode, String departementCode, String descriptionHtml,
                         String qualificationLevelCode, String educationLevelCode, String salary,
                         LocalDate closingDate) {
}
