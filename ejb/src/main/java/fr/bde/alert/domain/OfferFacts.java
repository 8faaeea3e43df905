package fr.bde.alert.domain;

import java.time.Instant;
import java.util.Set;

/** What an alert looks at in a newly published offer; the words of its title, text and employer already reduced. */
public record OfferFacts(Long id, String reference, String title, String organisationName, String departementName,
                         String contractTypeLabel, Instant publishedAt, Set<String> terms, String regionCode,
                         String departementCode, Long organisationId, String branchCode, String contractTypeCode,
                         String qualificationLevelCode, boolean remoteWork) {
}
