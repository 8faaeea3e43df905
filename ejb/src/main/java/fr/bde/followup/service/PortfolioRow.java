package fr.bde.followup.service;

import fr.bde.followup.domain.SheetAction;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.Situation;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A line of the portfolio list (seed 002 columns; the actions done show in the overdue sheets view). */
public record PortfolioRow(Long sheetId, Long profileId, Civility civility, String lastName, String firstName, String area,
                           String recruiter, String currentJobs, Situation situation, Classification classification,
                           SheetStatus status, SheetResult result, Instant createdAt, LocalDate dueDate, boolean overdue,
                           boolean noResponse, List<SheetAction> actions) implements Serializable {
}
