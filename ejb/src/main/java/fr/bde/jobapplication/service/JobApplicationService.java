package fr.bde.jobapplication.service;

import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.EmailAddress;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.mail.service.MailOutbox;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.selection.service.ApplicationFilter;
import fr.bde.selection.domain.HistoryAction;
import fr.bde.selection.service.ApplicationHistory;
import fr.bde.selection.service.SelectionAccess;
import fr.bde.selection.service.SelectionService;
import fr.bde.security.domain.AppUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applications: visitors and candidates submit them; recruiters read those of their own
 * organisation only; a candidate sees and withdraws only the applications of their own account.
 */
@Stateless
public class JobApplicationService {

    private static final String ROW_SELECT = "select new fr.bde.jobapplication.service.CandidateApplicationRow("
            + "a.id, o.title, org.name, o.reference, o.status, a.submittedAt, a.status, a.withdrawnAt, a.rejectionNoticeAt) "
            + "from JobApplication a join a.offer o join o.organisation org ";

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferService offers;

    @Inject
    private UserDirectory users;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private SelectionService selection;

    @Inject
    private SelectionAccess selectionAccess;

    @Inject
    private ApplicationHistory history;

    @Resource
    private SessionContext context;

    /**
     * Stores the application and queues the confirmation mail in one transaction: either both
     * happen or nothing does. Every invalid field is reported at once.
     */
    @PermitAll
    public JobApplication apply(String offerReference, ApplicationForm form, UploadedDocument cv, String offerUrl) {
        return apply(offerReference, form, cv, false, offerUrl);
    }

    /**
     * As {@link #apply(String, ApplicationForm, UploadedDocument, String)}; a logged-in candidate's
     * application belongs to their account, and with {@code reuseLastCv} (and no new file) it gets a
     * copy of the CV of their latest application.
     */
    @PermitAll
    public JobApplication apply(String offerReference, ApplicationForm form, UploadedDocument cv, boolean reuseLastCv,
                                String offerUrl) {
        JobOffer offer = offers.findPublished(offerReference);
        if (offer.getClosingDate() != null && offer.getClosingDate().isBefore(LocalDate.now(clock))) {
            throw new BusinessException("application.offerClosed");
        }
        if (!fr.bde.screening.service.ScreeningService.questionsOf(em, offer).isEmpty()) {
            // this short path has no answers: an offer with screening questions goes through the guided form
            throw new BusinessException("application.questionsRequired");
        }
        AppUser candidate = context.isCallerInRole(Role.Names.CANDIDATE) ? users.currentUser() : null;
        if (candidate != null && hasActiveApplication(candidate, offer)) {
            throw new BusinessException("application.alreadyApplied");
        }
        UploadedDocument document = cv;
        if (candidate != null && reuseLastCv && (cv == null || cv.size() == 0)) {
            document = latestWithCv(candidate)
                    .map(previous -> new UploadedDocument(previous.getCvFileName(), previous.getCvContent().clone()))
                    .orElse(null);
        }
        List<BusinessException> problems = validate(form, document);
        if (!problems.isEmpty()) {
            throw new ApplicationRejectedException(problems);
        }
        DocumentType cvType = DocumentType.detect(document.content()).orElseThrow();
        JobApplication application = new JobApplication(offer, form.firstName().strip(), form.lastName().strip(),
                form.email().strip(), blankToNull(form.coverLetter()), document.safeFileName(), cvType,
                document.content(), clock.instant());
        if (candidate != null) {
            application.belongTo(candidate);
        }
        em.persist(application);
        outbox.enqueue(application.getEmail(), "application.confirmation", application.getFirstName(),
                application.getLastName(), offer.getTitle(), offer.getReference(), offer.getOrganisation().getName(),
                offerUrl);
        return application;
    }

    static List<BusinessException> validate(ApplicationForm form, UploadedDocument cv) {
        List<BusinessException> problems = identityProblems(form);
        if (cv == null || cv.size() == 0) {
            problems.add(new BusinessException("cv", "application.cv.required"));
        } else if (cv.size() > DocumentType.MAX_SIZE) {
            problems.add(new BusinessException("cv", "application.cv.tooLarge"));
        } else if (!fr.bde.jobapplication.domain.DocumentKind.CV.accepts(DocumentType.detect(cv.content()).orElse(null))) {
            problems.add(new BusinessException("cv", "application.cv.badType"));
        }
        return problems;
    }

    /** The names, address and letter typed by the applicant: every mistake at once. */
    public static List<BusinessException> identityProblems(ApplicationForm form) {
        List<BusinessException> problems = new ArrayList<>();
        requireName(problems, "firstName", form.firstName());
        requireName(problems, "lastName", form.lastName());
        if (form.email() == null || form.email().isBlank()) {
            problems.add(new BusinessException("email", "application.email.required"));
        } else if (!EmailAddress.isValid(form.email().strip())) {
            problems.add(new BusinessException("email", "application.email.invalid"));
        }
        if (form.coverLetter() != null && form.coverLetter().length() > JobApplication.COVER_LETTER_MAX) {
            problems.add(new BusinessException("coverLetter", "application.coverLetter.tooLong",
                    JobApplication.COVER_LETTER_MAX));
        }
        return problems;
    }

    private static void requireName(List<BusinessException> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new BusinessException(field, "application." + field + ".required"));
        } else if (value.strip().length() > JobApplication.NAME_MAX) {
            problems.add(new BusinessException(field, "application." + field + ".tooLong", JobApplication.NAME_MAX));
        }
    }

    /** The applications of an offer, unfiltered: see {@link SelectionService#list} for the filters. */
    @RolesAllowed(Role.Names.RECRUITER)
    public Page<ApplicationRow> listForOffer(Long offerId, PageRequest page) {
        return selection.list(offerId, ApplicationFilter.none(), page);
    }

    /**
     * An application of the caller's organisation (and of an offer whose hiring team includes the caller
     * when it is restricted); any other is refused.
     */
    @RolesAllowed(Role.Names.RECRUITER)
    public JobApplication get(Long id) {
        return selectionAccess.application(id);
    }

    /** The caller's own applications, newest first. */
    @RolesAllowed(Role.Names.CANDIDATE)
    public List<CandidateApplicationRow> mine() {
        Instant now = clock.instant();
        return em.createQuery(ROW_SELECT + "where a.candidate = :me order by a.submittedAt desc, a.id desc",
                        CandidateApplicationRow.class)
                .setParameter("me", users.currentUser()).getResultStream().map(r -> r.seenAt(now)).toList();
    }

    /** One of the caller's own applications; another candidate's is "not found", whatever its id. */
    @RolesAllowed(Role.Names.CANDIDATE)
    public CandidateApplicationRow mine(Long id) {
        return em.createQuery(ROW_SELECT + "where a.id = :id and a.candidate = :me", CandidateApplicationRow.class)
                .setParameter("id", id).setParameter("me", users.currentUser())
                .getResultStream().findFirst().map(r -> r.seenAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException("application.notFound"));
    }

    /** The candidate withdraws one of their own applications; the recruiter sees it as withdrawn. */
    @RolesAllowed(Role.Names.CANDIDATE)
    public JobApplication withdraw(Long id) {
        AppUser me = users.currentUser();
        JobApplication application = id == null ? null : em.find(JobApplication.class, id);
        if (application == null || !application.isOwnedBy(me)) {
            throw new NotFoundException("application.notFound");
        }
        if (application.getStatus() == ApplicationStatus.WITHDRAWN) {
            throw new BusinessException("application.withdraw.already");
        }
        Instant now = clock.instant();
        boolean held = application.isRejectionHeld(now);
        if (!application.isOpen() && !(held && outbox.cancelHeld(application.getRejectionMessageId(), now))) {
            // a decision was made (rejected or hired) and told: withdrawing would overwrite it
            throw new BusinessException("application.withdraw.decided");
        }
        application.withdraw(now);
        history.record(application, HistoryAction.WITHDRAWN, me.getLogin(), null, null);
        return application;
    }

    /** The CV the caller's next application can reuse: that of their latest application. */
    @RolesAllowed(Role.Names.CANDIDATE)
    public Optional<ReusableCv> reusableCv() {
        return latestWithCv(users.currentUser()).map(a -> new ReusableCv(a.getCvFileName(), a.getSubmittedAt()));
    }

    private Optional<JobApplication> latestWithCv(AppUser candidate) {
        return em.createQuery("select a from JobApplication a where a.candidate = :me "
                        + "order by a.submittedAt desc, a.id desc", JobApplication.class)
                .setParameter("me", candidate).setMaxResults(1).getResultStream().findFirst();
    }

    private boolean hasActiveApplication(AppUser candidate, JobOffer offer) {
        return em.createQuery("select count(a) from JobApplication a where a.candidate = :me and a.offer = :offer "
                        + "and a.status <> :withdrawn", Long.class)
                .setParameter("me", candidate).setParameter("offer", offer)
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN).getSingleResult() > 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
