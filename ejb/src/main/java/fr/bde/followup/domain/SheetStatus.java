package fr.bde.followup.domain;

import java.util.OptionalInt;

/**
 * Status of a follow-up sheet (seed 002), never typed: it derives from the result. Some
 * statuses carry the number of calendar days within which the sheet must be updated again.
 */
public enum SheetStatus {
    STUDY_IN_PROGRESS(30),
    NOT_RETAINED(null),
    IN_POOL(200),
    PRE_RECRUITMENT_TRAINING(180),
    ADC_APPLICATION(null),
    RECRUITMENT_IN_PROGRESS(30),
    CANDIDATE_REFUSED(null),
    RECRUITED_ON_TRIAL(250),
    RECRUITED(null),
    CONTRACT_BROKEN(null),
    ADC_3_MONTHS(100),
    ADC_6_MONTHS(190),
    ADC_9_MONTHS(280),
    ADC_1_YEAR(370),
    ADC_2_YEARS(740),
    NOT_EMPLOYABLE(null),
    UNAVAILABLE(null),
    SITUATION_TO_CHECK(null);

    private final Integer updateDelayDays;

    SheetStatus(Integer updateDelayDays) {
        this.updateDelayDays = updateDelayDays;
    }

    /** Days before the sheet must be updated; empty when the status has no deadline. */
    public OptionalInt updateDelayDays() {
        return updateDelayDays == null ? OptionalInt.empty() : OptionalInt.of(updateDelayDays);
    }
}
