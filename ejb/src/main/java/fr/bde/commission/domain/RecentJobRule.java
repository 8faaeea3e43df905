package fr.bde.commission.domain;

import java.time.LocalDate;

/**
 * Which jobs the profile lists (seed 002: jobs exercised for less than 3 years, or tied to a training
 * validated less than a year ago): a job still held or left less than 3 years ago, or
 * one tied to a training validated less than a year ago. Checked when the commission records a
 * job and again when the profile is shown, since time moves jobs out of the window.
 */
public final class RecentJobRule {

    public static final int EXERCISED_WITHIN_YEARS = 3;
    public static final int TRAINING_VALIDATED_WITHIN_YEARS = 1;

    private RecentJobRule() {
    }

    /**
     * @param endedOn             last day the job was exercised, null while still held
     * @param trainingValidatedOn day the tied training was validated, null when the job has none
     */
    public static boolean isRecent(LocalDate endedOn, LocalDate trainingValidatedOn, LocalDate today) {
        boolean exercisedRecently = endedOn == null || endedOn.isAfter(today.minusYears(EXERCISED_WITHIN_YEARS));
        boolean recentTraining = trainingValidatedOn != null
                && trainingValidatedOn.isAfter(today.minusYears(TRAINING_VALIDATED_WITHIN_YEARS))
                && !trainingValidatedOn.isAfter(today);
        return exercisedRecently || recentTraining;
    }
}
