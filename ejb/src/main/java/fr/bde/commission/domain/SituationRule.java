package fr.bde.commission.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The candidate's current situation (seed 002, "Statut du candidat"): it has an effective date, not
 * in the future; a temporary situation (fixed-term contract, training, …) also has its end date,
 * after the effective date; a lasting one has none. Returns the message key of the first problem.
 */
public final class SituationRule {

    private SituationRule() {
    }

    public static Optional<Problem> check(boolean temporary, LocalDate effectiveOn, LocalDate endsOn, LocalDate today) {
        if (effectiveOn == null) {
            return Optional.of(new Problem("effectiveOn", "commission.situation.effectiveOn.required"));
        }
        if (effectiveOn.isAfter(today)) {
            return Optional.of(new Problem("effectiveOn", "commission.situation.effectiveOn.future"));
        }
        if (temporary && endsOn == null) {
            return Optional.of(new Problem("endsOn", "commission.situation.endsOn.required"));
        }
        if (!temporary && endsOn != null) {
            return Optional.of(new Problem("endsOn", "commission.situation.endsOn.notTemporary"));
        }
        if (endsOn != null && !endsOn.isAfter(effectiveOn)) {
            return Optional.of(new Problem("endsOn", "commission.situation.endsOn.beforeEffective"));
        }
        return Optional.empty();
    }

    /** A refused field and the bundle key saying why. */
    public record Problem(String field, String messageKey) {
    }
}
