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

    /**
     * One application with what the recruiters did about it (right of access: the candidate sees the
     * messages, interviews and assessments that concern them). Step null while just received.
     */
    public record Application(Long id, String offerReference, String offerTitle, String organisation,
                              Instant submittedAt, String status, Instant withdrawnAt, String firstName,
                              String lastName, String email, String coverLetter, String cvFileName,
                              String cvContentType, int cvSize, String step, Instant stepChangedAt,
                              List<Message> messages, List<Interview> interviews, List<Report> reports)
            implements Serializable {
    }

    /** A message sent to the candidate, as sent; {@code from} is the recruiter's name, null when the system sent it. */
    public record Message(Instant sentAt, String from, String subject, String body) implements Serializable {
    }

    /** {@code organiser} is the recruiter's name (null if unknown); {@code interviewers} as the invitation gave them. */
    public record Interview(Instant startsAt, int durationMinutes, String place, String link, String interviewers,
                            String organiser, String status) implements Serializable {
    }

    /** A step or interview report; {@code interviewStartsAt} null for a step report. */
    public record Report(Instant createdAt, String step, Instant interviewStartsAt, String author,
                         List<Rating> ratings, double average, String comment) implements Serializable {
    }

    public record Rating(String criterion, int rating) implements Serializable {
    }

    public record Alert(Long id, AlertCriteria criteria, String period, Instant createdAt, LocalDate endsOn,
                        Instant lastDigestAt) implements Serializable {
    }
}
