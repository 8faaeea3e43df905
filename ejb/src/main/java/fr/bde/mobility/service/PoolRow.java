package fr.bde.mobility.service;

import fr.bde.mobility.domain.WishKind;
import java.time.Instant;
import java.time.LocalDate;

/** A wish found in a pool (one line of the search results). */
public record PoolRow(Long id, WishKind kind, String lastName, String firstName, String organisationName,
                      String currentJob, String targetJobs, LocalDate availableFrom, Instant updatedAt) {
}
