package fr.bde.mobility.service;

import fr.bde.mobility.domain.WishKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of the candidate's wishes in their personal space: its pools once duplicated, and who consulted it. */
public record MyWish(Long id, WishKind kind, String currentJob, String targetJobs, LocalDate availableFrom,
                     Instant updatedAt, boolean pending, List<WishPool> pools, List<AccessRow> accesses) {
}
