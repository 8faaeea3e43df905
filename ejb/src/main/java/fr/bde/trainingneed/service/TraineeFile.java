package fr.bde.trainingneed.service;

import fr.bde.commission.service.ContactForm;
import fr.bde.commission.service.DocumentRow;
import fr.bde.talentpool.domain.SubmissionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A trainee file proposed by the company: where it stands, its contact details, its documents. */
public record TraineeFile(Long id, SubmissionStatus status, Instant createdAt, ContactForm contact,
                          List<DocumentRow> documents) implements Serializable {
}
