package fr.bde.followup.service;

import fr.bde.followup.domain.RejectionCause;
import fr.bde.followup.domain.SheetAction;
import fr.bde.followup.domain.SheetRecruitment;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import fr.bde.talentpool.domain.Civility;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A follow-up sheet as its screen shows it (4 sections); status and dates are read-only. */
public record SheetView(Long id, Long profileId, Civility civility, String lastName, String firstName, String area,
                        String company, String recruiter, SheetStatus status, Instant updatedAt, LocalDate dueDate,
                        boolean overdue, Set<SheetAction> actions, SheetResult result, boolean noResponse, String comment,
                        Set<RejectionCause> rejectionCauses, SheetRecruitment recruitment, boolean closed, int version,
                        Instant createdAt) implements Serializable {
}
