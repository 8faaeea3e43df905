package fr.bde.privacy.service;

import fr.bde.alert.domain.AlertCriteria;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the job exchange holds about a candidate (CV contents aside, in the JSON download only). */
public record CandidateData(String login, String email, String firstName, String lastName, String phone,
                            Instant createdAt, Instant validatedAt, Instant privacyConsentAt, Instant lastLoginAt,
                            List<Application> applications, List<Alert> alerts) implements Serializable {

    public record Application(Long id, String offerReference, String offerTitle, String organisation,
                              Instant submittedAt, String status, Instant withdrawnAt, String firstName,
                              String lastName, String email, String coverLetter, String cvFileName,
                              String cvContentType, int cvSize) implements Serializable {
    }

    public record Alert(Long id, AlertCriteria criteria, String period, Instant createdAt, LocalDate endsOn,
                        Instant lastDigestAt) implements Serializable {
    }
}
