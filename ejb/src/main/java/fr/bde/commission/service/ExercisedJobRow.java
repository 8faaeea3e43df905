package fr.bde.commission.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A job exercised, with whether the recent-jobs rule still lists it today. */
public record ExercisedJobRow(Long id, String jobCode, String jobLabel, String familyLabel, LocalDate endedOn,
                              String trainingLabel, LocalDate trainingValidatedOn, boolean listed) implements Serializable {
}
