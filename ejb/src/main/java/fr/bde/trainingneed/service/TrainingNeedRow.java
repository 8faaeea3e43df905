package fr.bde.trainingneed.service;

import fr.bde.trainingneed.domain.TrainingNeedStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A training need as listed for its company or for the commission. */
public record TrainingNeedRow(Long id, String company, String title, String actionLabel, String jobLabel, int places,
                              LocalDate wishedStart, TrainingNeedStatus status, String createdBy, Instant createdAt,
                              long candidates) implements Serializable {
}
