package fr.bde.commission.service;

import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** One company's result for a candidate, as its follow-up sheet says. */
public record CompanyOpinion(String company, SheetResult result, SheetStatus status, LocalDate updatedOn, String comment)
        implements Serializable {
}
