package fr.bde.alert.service;

import fr.bde.alert.domain.AlertPeriod;
import java.time.Instant;
import java.time.LocalDate;

/** An alert as "Mes alertes" shows it: its criteria in words, its period and whether it still mails. */
public record AlertRow(Long id, String keywords, String regionName, String departementName, String organisationName,
                       String branchName, String contractTypeLabel, String qualificationLevelLabel, boolean remoteOnly,
                       AlertPeriod period, Instant createdAt, LocalDate endsOn, boolean active) {
}
