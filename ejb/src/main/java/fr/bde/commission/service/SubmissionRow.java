package fr.bde.commission.service;

import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.ProfileOrigin;
import fr.bde.talentpool.domain.SubmissionStatus;
import java.io.Serializable;
import java.time.Instant;

/** A job seeker's file in the commission's or a partner's list. */
public record SubmissionRow(Long id, Civility civility, String lastName, String firstName, ProfileOrigin origin,
                            String submittedBy, String contactName, SubmissionStatus status, Instant submittedAt,
                            Classification classification, Instant classifiedAt) implements Serializable {

    public String fullName() {
        return lastName.toUpperCase(java.util.Locale.ROOT) + " " + firstName;
    }
}
