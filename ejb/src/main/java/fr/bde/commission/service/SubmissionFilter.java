package fr.bde.commission.service;

import fr.bde.talentpool.domain.SubmissionStatus;
import java.io.Serializable;

/** The commission's list: by status, partner and name (start of the last or first name). */
public record SubmissionFilter(SubmissionStatus status, Long partnerId, String name) implements Serializable {

    public static SubmissionFilter none() {
        return new SubmissionFilter(null, null, null);
    }
}
