package fr.bde.selection.service;

import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.service.ApplicationRow;
import fr.bde.mail.service.MailOutbox;
import fr.bde.mail.service.MailTemplates;
import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.service.OfferService;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import fr.bde.selection.domain.ApplicationEvent;
import fr.bde.selection.domain.CriterionRating;
import fr.bde.selection.domain.HistoryAction;
import fr.bde.selection.domain.Interview;
import fr.bde.selection.domain.InterviewCalendar;
import fr.bde.selection.domain.InterviewSlot;
import fr.bde.selection.domain.MessageDraft;
import fr.bde.selection.domain.MessageTemplate;
import fr.bde.selection.domain.Placeholders;
import fr.bde.selection.domain.SelectionStep;
import fr.bde.selection.domain.StepReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The selection and hiring tab: the applications of an offer, filtered and paged; the selection steps
 * in any order; messages, interviews with their calendar invitations, reports, hiring. Every action is
 * scoped (organisation, restricted hiring team), recorded in the application's history, and its mails
 * queued in the outbox in the same transaction.
 */
@Stateless
@RolesAllowed(Role.Names.RECRUITER)
public class SelectionService {

    private static final Map<String, String> SORTS = Map.of(
            "lastName", "a.lastName", "firstName", "a.firstName", "email", "a.email", "submittedAt", "a.submittedAt",
            "status", "a.status", "step", "a.step");
    private static final String MESSAGE_TEMPLATE = "selection.message";
    private static final int KEYWORD_MAX = 100;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private SelectionAccess access;

    @Inject
    private ApplicationHistory history;

    @Inject
    private MailOutbox outbox;

    @Inject
    private OfferService offers;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    // ---- reading

    /** One page of an offer's applications matching the filter: one query for the rows, one for the count. */
    public Page<ApplicationRow> list(Long offerId, ApplicationFilter filter, PageRequest page) {
        JobOffer offer = access.offer(offerId);
        StringBuilder where = new StringBuilder(" from JobApplication a where a.offer = :offer");
        List<Consumer<TypedQuery<?>>> binds = new ArrayList<>();
        binds.add(q -> q.setParameter("offer", offer));
        ApplicationFilter f = filter == null ? ApplicationFilter.none() : filter;
        if (f.getStatus() != null) {
            where.append(" and a.status = :status");
            binds.add(q -> q.setParameter("status", f.getStatus()));
        }
        if (f.getStep() != null) {
            SelectionStep step = f.getStep().step();
            if (step == null) {
                where.append(" and a.step is null");
            } else {
                where.append(" and a.step = :step");
                binds.add(q -> q.setParameter("step", step));
            }
        }
        if (f.getFrom() != null) {
            Instant from = f.getFrom().atStartOfDay(clock.getZone()).toInstant();
            where.append(" and a.submittedAt >= :from");
            binds.add(q -> q.setParameter("from", from));
        }
        if (f.getTo() != null) {
            Instant to = f.getTo().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            where.append(" and a.submittedAt < :to");
            binds.add(q -> q.setParameter("to", to));
        }
        if (f.getKeyword() != null && !f.getKeyword().isBlank()) {
            String keyword = f.getKeyword().strip().toLowerCase(Locale.ROOT);
            String pattern = "%" + escapeLike(keyword.substring(0, Math.min(keyword.length(), KEYWORD_MAX))) + "%";
            where.append(" and (lower(a.lastName) like :kw escape '!' or lower(a.firstName) like :kw escape '!'"
                    + " or lower(concat(a.firstName, ' ', a.lastName)) like :kw escape '!')");
            binds.add(q -> q.setParameter("kw", pattern));
        }
        for (ApplicationCriterion criterion : f.getCriteria()) {
            where.append(" and (").append(criterion.condition()).append(")");
            binds.add(criterion::bind);
        }
        TypedQuery<ApplicationRow> rows = em.createQuery("select new fr.bde.jobapplication.service.ApplicationRow("
                + "a.id, a.firstName, a.lastName, a.email, a.cvFileName, a.status, a.submittedAt, a.step)" + where
                + " order by " + page.orderBy(SORTS, "a.submittedAt") + ", a.id", ApplicationRow.class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        binds.forEach(b -> {
            b.accept(rows);
            b.accept(count);
        });
        List<ApplicationRow> items = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = items.size() < page.size() && (page.first() == 0 || !items.isEmpty())
                ? page.first() + items.size() : count.getSingleResult();
        return new Page<>(items, total);
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The application (scoped), for its detail page. */
    public JobApplication application(Long applicationId) {
        return access.application(applicationId);
    }

    public List<ApplicationEvent> history(Long applicationId) {
        return history.of(access.application(applicationId));
    }

    public List<Interview> interviews(Long applicationId) {
        return em.createQuery("select i from Interview i where i.application = :a order by i.startsAt, i.id",
                Interview.class).setParameter("a", access.application(applicationId)).getResultList();
    }

    public List<StepReport> reports(Long applicationId) {
        return em.createQuery("select r from StepReport r where r.application = :a order by r.createdAt, r.id",
                StepReport.class).setParameter("a", access.application(applicationId)).getResultList();
    }

    /** The default message for an occasion, placeholders left for the recruiter to see and edit. */
    public MessageDraft defaultMessage(MessageTemplate template) {
        return new MessageDraft(MailTemplates.pattern(template.subjectKey()), MailTemplates.pattern(template.bodyKey()));
    }

    /** Posts to fill, candidates hired so far, restriction of the hiring team. */
    public SelectionSettings settings(Long offerId) {
        JobOffer offer = access.offer(offerId);
        return new SelectionSettings(offer.getPostsCount(), hiredCount(offer), offer.isSelectionRestricted());
    }

    // ---- acting

    public void configure(Long offerId, int posts, boolean restricted) {
        JobOffer offer = access.offer(offerId);
        if (posts < 1 || posts > SelectionSettings.MAX_POSTS) {
            throw new BusinessException("posts", "selection.settings.posts.range", SelectionSettings.MAX_POSTS);
        }
        offer.setPostsCount(posts);
        offer.setSelectionRestricted(restricted);
        if (restricted && !access.mayHandle(offer)) {
            throw new BusinessException("restricted", "selection.settings.restricted.notMember");
        }
    }

    /**
     * Moves the chosen applications of an offer to a step (one or many: a bulk action), with a message to
     * each candidate when one is given. All or nothing: one refused application refuses the whole action.
     */
    public int moveTo(Long offerId, Collection<Long> applicationIds, SelectionStep step, MessageDraft message) {
        JobOffer offer = access.offer(offerId);
        if (step == null) {
            throw new BusinessException("step", "selection.step.required");
        }
        boolean withMessage = message != null && !message.isBlank();
        if (withMessage) {
            validate(message);
        }
        if (step == SelectionStep.HIRING && offer.getStatus() == OfferStatus.CLOSED) {
            throw new BusinessException("selection.hire.offerClosed");
        }
        List<JobApplication> chosen = chosen(offer, applicationIds);
        Instant now = clock.instant();
        String actor = users.currentUser().getLogin();
        for (JobApplication application : chosen) {
            application.takeStep(step, now);
            MessageDraft sent = withMessage ? send(application, message, placeholders(application), null) : null;
            history.record(application, HistoryAction.STEP, actor, step.name(), sent);
        }
        if (step == SelectionStep.HIRING) {
            em.flush();
            closeWhenFilled(offer, actor, now);
        }
        return chosen.size();
    }

    /**
     * Cancels a rejection on knock-out criteria while its mail is still held: the mail is deleted and
     * the application is received again, the candidate never having been told.
     */
    public void cancelRejectionOnCriteria(Long applicationId) {
        JobApplication application = access.application(applicationId);
        Instant now = clock.instant();
        if (!application.isRejectionHeld(now) || !outbox.cancelHeld(application.getRejectionMessageId(), now)) {
            throw new BusinessException("selection.rejection.cancelTooLate");
        }
        application.reinstate(now);
        history.record(application, HistoryAction.REJECTION_CANCELLED, users.currentUser().getLogin(), null, null);
    }

    /** Hires one candidate: see {@link #moveTo}. */
    public void hire(Long applicationId, MessageDraft message) {
        JobApplication application = access.application(applicationId);
        moveTo(application.getOffer().getId(), List.of(applicationId), SelectionStep.HIRING, message);
    }

    /** An individual or grouped message, each candidate getting their own copy with the placeholders filled. */
    public int sendMessage(Long offerId, Collection<Long> applicationIds, MessageDraft message) {
        JobOffer offer = access.offer(offerId);
        validate(message);
        List<JobApplication> chosen = chosen(offer, applicationIds);
        String actor = users.currentUser().getLogin();
        for (JobApplication application : chosen) {
            if (application.getStatus() == ApplicationStatus.WITHDRAWN) {
                throw new BusinessException(null, "selection.step.refused.withdrawn",
                        application.getFirstName() + " " + application.getLastName());
            }
            history.record(application, HistoryAction.MESSAGE, actor, null,
                    send(application, message, placeholders(application), null));
        }
        return chosen.size();
    }

    /** Invites the candidate: the application moves to the interview step, the mail carries an iCalendar REQUEST. */
    public Interview scheduleInterview(Long applicationId, InterviewSlot slot, MessageDraft message) {
        JobApplication application = access.application(applicationId);
        validate(slot);
        validate(message);
        Instant now = clock.instant();
        if (application.getStep() != SelectionStep.INTERVIEW) {
            application.takeStep(SelectionStep.INTERVIEW, now);
        } else if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new BusinessException(null, "selection.step.refused.closed", application.getFirstName() + " " + application.getLastName());
        }
        AppUser me = users.currentUser();
        Interview interview = new Interview(application, me.getLogin(), slot);
        em.persist(interview);
        MessageDraft sent = send(application, message, placeholders(interview),
                invitation(interview, InterviewCalendar.Method.REQUEST, me));
        history.record(application, HistoryAction.INTERVIEW_SCHEDULED, me.getLogin(), describe(interview), sent);
        return interview;
    }

    /** A new date or place: the same event (UID), SEQUENCE + 1, a new REQUEST. */
    public Interview rescheduleInterview(Long interviewId, InterviewSlot slot, MessageDraft message) {
        Interview interview = interview(interviewId);
        validate(slot);
        validate(message);
        interview.reschedule(slot);
        AppUser me = users.currentUser();
        MessageDraft sent = send(interview.getApplication(), message, placeholders(interview),
                invitation(interview, InterviewCalendar.Method.REQUEST, me));
        history.record(interview.getApplication(), HistoryAction.INTERVIEW_RESCHEDULED, me.getLogin(),
                describe(interview), sent);
        return interview;
    }

    /** Cancels the interview: SEQUENCE + 1 and METHOD:CANCEL, so the candidate's calendar removes it. */
    public Interview cancelInterview(Long interviewId, MessageDraft message) {
        Interview interview = interview(interviewId);
        validate(message);
        interview.cancel();
        AppUser me = users.currentUser();
        MessageDraft sent = send(interview.getApplication(), message, placeholders(interview),
                invitation(interview, InterviewCalendar.Method.CANCEL, me));
        history.record(interview.getApplication(), HistoryAction.INTERVIEW_CANCELLED, me.getLogin(),
                describe(interview), sent);
        return interview;
    }

    /** A step or interview report: rated criteria (1 to 5) and a free text. */
    public StepReport recordReport(Long applicationId, Long interviewId, SelectionStep step, List<CriterionRating> ratings,
                                   String comment) {
        JobApplication application = access.application(applicationId);
        Interview interview = null;
        if (interviewId != null) {
            interview = interview(interviewId);
            if (!interview.getApplication().getId().equals(application.getId())) {
                throw new NotFoundException("selection.interview.notFound");
            }
            step = SelectionStep.INTERVIEW;
        }
        if (step == null) {
            throw new BusinessException("reportStep", "selection.report.step.required");
        }
        List<CriterionRating> rated = ratings == null ? List.of() : ratings;
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (rated.isEmpty() && text == null) {
            throw new BusinessException("comment", "selection.report.empty");
        }
        if (text != null && text.length() > StepReport.COMMENT_MAX) {
            throw new BusinessException("comment", "selection.report.comment.tooLong", StepReport.COMMENT_MAX);
        }
        String actor = users.currentUser().getLogin();
        StepReport report = new StepReport(application, interview, step, rated, text, actor, clock.instant());
        em.persist(report);
        history.record(application, HistoryAction.REPORT, actor, step.name() + ";" + report.average(), null);
        return report;
    }

    // ---- inside

    private Interview interview(Long interviewId) {
        Interview interview = interviewId == null ? null : em.find(Interview.class, interviewId);
        if (interview == null) {
            throw new NotFoundException("selection.interview.notFound");
        }
        access.application(interview.getApplication().getId());
        if (!interview.isScheduled()) {
            throw new BusinessException("selection.interview.cancelled");
        }
        return interview;
    }

    private List<JobApplication> chosen(JobOffer offer, Collection<Long> applicationIds) {
        Set<Long> ids = applicationIds == null ? Set.of() : new LinkedHashSet<>(applicationIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            throw new BusinessException("selection.bulk.none");
        }
        List<JobApplication> found = em.createQuery("select a from JobApplication a where a.offer = :offer "
                        + "and a.id in :ids order by a.lastName, a.firstName, a.id", JobApplication.class)
                .setParameter("offer", offer).setParameter("ids", ids).getResultList();
        if (found.size() != ids.size()) {
            throw new NotFoundException("application.notFound");
        }
        return found;
    }

    private long hiredCount(JobOffer offer) {
        return em.createQuery("select count(a) from JobApplication a where a.offer = :offer and a.status = :hired",
                        Long.class)
                .setParameter("offer", offer).setParameter("hired", ApplicationStatus.HIRED).getSingleResult();
    }

    /** All posts filled: the offer closes as filled, the applicants still in the running get the closing message. */
    private void closeWhenFilled(JobOffer offer, String actor, Instant now) {
        if (offer.getStatus() == OfferStatus.CLOSED || hiredCount(offer) < offer.getPostsCount()) {
            return;
        }
        offers.closeNow(offer, CloseReason.FILLED, actor, now);
        sendClosingMessages(offer, actor);
    }

    /**
     * The recruiter closes the offer by hand (filled or cancelled); when filled, the applicants still in
     * the running get the closing message, as when the last post is filled by a hiring. Returns how many.
     */
    public int close(Long offerId, CloseReason reason) {
        JobOffer offer = access.offer(offerId);
        offers.close(offerId, reason);
        return reason == CloseReason.FILLED ? sendClosingMessages(offer, users.currentUser().getLogin()) : 0;
    }

    private int sendClosingMessages(JobOffer offer, String actor) {
        MessageDraft closing = defaultMessage(MessageTemplate.CLOSING);
        List<JobApplication> others = em.createQuery("select a from JobApplication a where a.offer = :offer "
                        + "and a.status = :open order by a.id", JobApplication.class)
                .setParameter("offer", offer).setParameter("open", ApplicationStatus.SUBMITTED).getResultList();
        for (JobApplication other : others) {
            history.record(other, HistoryAction.CLOSING_MESSAGE, actor, CloseReason.FILLED.name(),
                    send(other, closing, placeholders(other), null));
        }
        return others.size();
    }

    /** Queues the message for one candidate and returns it as sent (placeholders filled), for the history. */
    private MessageDraft send(JobApplication application, MessageDraft draft, Placeholders values,
                              MailOutbox.Attachment attachment) {
        MessageDraft rendered = draft.render(values);
        String html = "<p>" + MailTemplates.escapeHtml(rendered.body()).replace("\r\n", "\n")
                .replace("\n\n", "</p><p>").replace("\n", "<br/>") + "</p>";
        outbox.enqueue(application.getEmail(), attachment, MESSAGE_TEMPLATE, rendered.subject(), rendered.body(),
                new MailTemplates.Markup(rendered.body(), html), application.getOffer().getOrganisation().getName());
        return rendered;
    }

    private MailOutbox.Attachment invitation(Interview interview, InterviewCalendar.Method method, AppUser organiser) {
        JobApplication application = interview.getApplication();
        JobOffer offer = application.getOffer();
        String summary = MailTemplates.text("selection.calendar.summary", offer.getTitle(), offer.getReference(),
                offer.getOrganisation().getName());
        String description = MailTemplates.text("selection.calendar.description", offer.getTitle(), offer.getReference(),
                blank(interview.getInterviewers()), blank(interview.getLink()));
        String ics = InterviewCalendar.render(method,
                new InterviewCalendar.Event(interview.getUid(), interview.getSequence(), interview.getStartsAt(),
                        interview.duration(), summary, interview.whereabouts(), description),
                new InterviewCalendar.Person(organiser.getDisplayName(), organiser.getEmail()),
                new InterviewCalendar.Person(application.getFirstName() + " " + application.getLastName(),
                        application.getEmail()),
                clock.instant());
        return new MailOutbox.Attachment(InterviewCalendar.FILE_NAME, method == InterviewCalendar.Method.CANCEL
                ? InterviewCalendar.CONTENT_TYPE_CANCEL : InterviewCalendar.CONTENT_TYPE_REQUEST, ics);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private String describe(Interview interview) {
        return formatDateTime(interview.getStartsAt()) + " — " + interview.whereabouts();
    }

    private String formatDateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(MailTemplates.pattern("selection.format.dateTime"), Locale.FRENCH)
                .format(instant.atZone(clock.getZone()));
    }

    private Placeholders placeholders(JobApplication application) {
        JobOffer offer = application.getOffer();
        return new Placeholders()
                .with(Placeholders.LAST_NAME, application.getLastName())
                .with(Placeholders.FIRST_NAME, application.getFirstName())
                .with(Placeholders.OFFER, offer.getTitle())
                .with(Placeholders.REFERENCE, offer.getReference())
                .with(Placeholders.ORGANISATION, offer.getOrganisation().getName())
                .with(Placeholders.DATE, DateTimeFormatter.ofPattern(MailTemplates.pattern("selection.format.date"),
                        Locale.FRENCH).format(LocalDate.now(clock)))
                .with(Placeholders.PLACE, offer.getDepartement() == null ? "" : offer.getDepartement().getName());
    }

    private Placeholders placeholders(Interview interview) {
        return placeholders(interview.getApplication())
                .with(Placeholders.DATE, formatDateTime(interview.getStartsAt()))
                .with(Placeholders.PLACE, interview.whereabouts())
                .with(Placeholders.DURATION, MailTemplates.text("selection.format.duration", interview.getDurationMinutes()))
                .with(Placeholders.INTERVIEWERS, blank(interview.getInterviewers()));
    }

    static void validate(MessageDraft message) {
        List<BusinessException> problems = new ArrayList<>();
        if (message == null || message.subject() == null || message.subject().isBlank()) {
            problems.add(new BusinessException("subject", "selection.message.subject.required"));
        } else if (message.subject().length() > MessageDraft.SUBJECT_MAX) {
            problems.add(new BusinessException("subject", "selection.message.subject.tooLong", MessageDraft.SUBJECT_MAX));
        }
        if (message == null || message.body() == null || message.body().isBlank()) {
            problems.add(new BusinessException("body", "selection.message.body.required"));
        } else if (message.body().length() > MessageDraft.BODY_MAX) {
            problems.add(new BusinessException("body", "selection.message.body.tooLong", MessageDraft.BODY_MAX));
        }
        if (!problems.isEmpty()) {
            throw new SelectionRejectedException(problems);
        }
    }

    void validate(InterviewSlot slot) {
        List<BusinessException> problems = new ArrayList<>();
        if (slot == null || slot.startsAt() == null) {
            problems.add(new BusinessException("startsAt", "selection.interview.startsAt.required"));
        } else if (!slot.startsAt().isAfter(clock.instant())) {
            problems.add(new BusinessException("startsAt", "selection.interview.startsAt.past"));
        }
        if (slot != null && (slot.durationMinutes() < InterviewSlot.MIN_MINUTES
                || slot.durationMinutes() > InterviewSlot.MAX_MINUTES)) {
            problems.add(new BusinessException("duration", "selection.interview.duration.range",
                    InterviewSlot.MIN_MINUTES, InterviewSlot.MAX_MINUTES));
        }
        boolean place = slot != null && slot.place() != null && !slot.place().isBlank();
        boolean link = slot != null && slot.link() != null && !slot.link().isBlank();
        if (!place && !link) {
            problems.add(new BusinessException("place", "selection.interview.place.required"));
        }
        if (place && slot.place().length() > Interview.PLACE_MAX) {
            problems.add(new BusinessException("place", "selection.interview.place.tooLong", Interview.PLACE_MAX));
        }
        if (link && (slot.link().length() > Interview.LINK_MAX || !slot.link().strip().matches("(?i)https://\\S+"))) {
            problems.add(new BusinessException("link", "selection.interview.link.invalid"));
        }
        if (slot != null && slot.interviewers() != null && slot.interviewers().length() > Interview.INTERVIEWERS_MAX) {
            problems.add(new BusinessException("interviewers", "selection.interview.interviewers.tooLong",
                    Interview.INTERVIEWERS_MAX));
        }
        if (!problems.isEmpty()) {
            throw new SelectionRejectedException(problems);
        }
    }
}
