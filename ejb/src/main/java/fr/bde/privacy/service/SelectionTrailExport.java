package fr.bde.privacy.service;

import fr.bde.security.domain.AppUser;
import fr.bde.selection.domain.ApplicationEvent;
import fr.bde.selection.domain.Interview;
import fr.bde.selection.domain.StepReport;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the recruiters did about a candidate's applications, for the personal-data export: the messages
 * as sent, the interviews and the step or interview reports. One query per kind for all the
 * candidate's applications; recruiters named by their display name, never by their login.
 */
final class SelectionTrailExport {

    /** The trail of every application of one candidate, by application id. */
    record Trail(Map<Long, List<CandidateData.Message>> messages, Map<Long, List<CandidateData.Interview>> interviews,
                 Map<Long, List<CandidateData.Report>> reports) {

        List<CandidateData.Message> messagesOf(Long applicationId) {
            return messages.getOrDefault(applicationId, List.of());
        }

        List<CandidateData.Interview> interviewsOf(Long applicationId) {
            return interviews.getOrDefault(applicationId, List.of());
        }

        List<CandidateData.Report> reportsOf(Long applicationId) {
            return reports.getOrDefault(applicationId, List.of());
        }
    }

    private SelectionTrailExport() {
    }

    /**
     * The candidate's trail as of {@code now}: a rejection on criteria counts as a message only once its
     * held mail was due (not while held, nor when cancelled or ended by a withdrawal: never sent).
     */
    static Trail of(EntityManager em, AppUser candidate, java.time.Instant now) {
        List<ApplicationEvent> events = em.createQuery("select e from ApplicationEvent e where e.application.candidate = :me "
                        + "and (e.messageSubject is not null or e.messageBody is not null) and (e.action <> :criteria "
                        + "or e.application.rejectionNoticeAt <= :now) order by e.occurredAt, e.id",
                        ApplicationEvent.class)
                .setParameter("me", candidate).setParameter("now", now)
                .setParameter("criteria", fr.bde.selection.domain.HistoryAction.REJECTED_ON_CRITERIA).getResultList();
        List<Interview> interviews = em.createQuery("select i from Interview i where i.application.candidate = :me "
                        + "order by i.startsAt, i.id", Interview.class)
                .setParameter("me", candidate).getResultList();
        List<StepReport> reports = em.createQuery("select distinct r from StepReport r left join fetch r.interview "
                        + "left join fetch r.ratings where r.application.candidate = :me order by r.createdAt, r.id",
                        StepReport.class)
                .setParameter("me", candidate).getResultList();
        Set<String> logins = new HashSet<>();
        events.forEach(e -> logins.add(e.getActor()));
        interviews.forEach(i -> logins.add(i.getOrganiser()));
        reports.forEach(r -> logins.add(r.getAuthor()));
        Map<String, String> names = displayNames(em, logins);
        return new Trail(
                byApplication(events, e -> e.getApplication().getId(), e -> new CandidateData.Message(e.getOccurredAt(),
                        names.get(e.getActor()), e.getMessageSubject(), e.getMessageBody())),
                byApplication(interviews, i -> i.getApplication().getId(), i -> new CandidateData.Interview(
                        i.getStartsAt(), i.getDurationMinutes(), i.getPlace(), i.getLink(), i.getInterviewers(),
                        names.get(i.getOrganiser()), i.getStatus().name())),
                byApplication(reports, r -> r.getApplication().getId(), r -> new CandidateData.Report(r.getCreatedAt(),
                        r.getStep().name(), r.getInterview() == null ? null : r.getInterview().getStartsAt(),
                        names.get(r.getAuthor()), r.getRatings().stream()
                                .map(c -> new CandidateData.Rating(c.getCriterion(), c.getRating())).toList(),
                        r.average(), r.getComment())));
    }

    /**
     * Login to display name of the users who acted; the system's own actor and removed accounts have
     * none, so the login (an internal identifier) is never what the candidate sees.
     */
    private static Map<String, String> displayNames(EntityManager em, Collection<String> logins) {
        if (logins.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u.login, u.displayName from AppUser u where u.login in :logins", Object[].class)
                .setParameter("logins", logins).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    private static <T, R> Map<Long, List<R>> byApplication(List<T> items, Function<T, Long> application,
                                                           Function<T, R> export) {
        // groupingBy keeps each list in query order (by date)
        return items.stream().collect(Collectors.groupingBy(application,
                Collectors.mapping(export, Collectors.toList())));
    }
}
