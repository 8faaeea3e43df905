package fr.bde.followup.service;

import fr.bde.followup.domain.SheetAction;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ProficiencyLevel;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * Portfolio filters of seed 002; a sheet must match every criterion given. {@code mine}: the
 * caller's sheets ("Mes fiches de suivi de recrutement"); {@code overdueOnly}: the caller's sheets
 * past their due date (the overdue-sheets shortcut).
 */
public record PortfolioCriteria(Set<String> areaCodes, Long profileId, Set<Long> recruiterIds, Set<String> jobCodes,
                                Set<Classification> classifications, Set<SheetStatus> statuses, Set<SheetResult> results,
                                Set<SheetAction> actions, Boolean noResponse, Set<String> themeCodes,
                                Set<ProficiencyLevel> levels, LocalDate createdFrom, LocalDate dueBefore, boolean mine,
                                boolean overdueOnly) implements Serializable {

    public PortfolioCriteria {
        areaCodes = copy(areaCodes);
        recruiterIds = copy(recruiterIds);
        jobCodes = copy(jobCodes);
        classifications = copy(classifications);
        statuses = copy(statuses);
        results = copy(results);
        actions = copy(actions);
        themeCodes = copy(themeCodes);
        levels = copy(levels);
    }

    public static PortfolioCriteria all() {
        return new PortfolioCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null, false, false);
    }

    public static PortfolioCriteria myOverdue() {
        return new PortfolioCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null, true, true);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
