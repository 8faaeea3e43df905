package fr.bde.commission.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the commission may classify a job seeker Employable or Adaptable (seed 002: audition, then
 * classification with its date): after at least one interview, once the 5-axis grid is complete,
 * on a date neither in the future nor before the last interview.
 */
public final class ClassificationRule {

    private ClassificationRule() {
    }

    /** The bundle key of the first problem, if any. */
    public static Optional<String> check(boolean classificationChosen, LocalDate lastInterviewOn, int ratedAxes,
                                         LocalDate classifiedOn, LocalDate today) {
        if (!classificationChosen) {
            return Optional.of("commission.classification.required");
        }
        if (lastInterviewOn == null) {
            return Optional.of("commission.classification.noInterview");
        }
        if (ratedAxes < 5) {
            return Optional.of("commission.classification.gridIncomplete");
        }
        if (classifiedOn == null) {
            return Optional.of("commission.classification.date.required");
        }
        if (classifiedOn.isAfter(today)) {
            return Optional.of("commission.classification.date.future");
        }
        if (classifiedOn.isBefore(lastInterviewOn)) {
            return Optional.of("commission.classification.date.beforeInterview");
        }
        return Optional.empty();
    }
}
