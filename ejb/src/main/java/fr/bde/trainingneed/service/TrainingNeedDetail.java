package fr.bde.trainingneed.service;

import fr.bde.commission.service.SubmissionRow;
import java.io.Serializable;
import java.util.List;

/** A training need, its description and the candidates linked to it. */
public record TrainingNeedDetail(TrainingNeedRow row, String actionCode, String jobCode, String description,
                                 List<SubmissionRow> candidates) implements Serializable {
}
