package fr.bde.jobapplication.service;

import fr.bde.common.AccessDeniedException;
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
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applications: visitors submit them; recruiters read those of their own organisation only. */
@Stateless
public class JobApplicationService {

    private static final Map<String, String> SORTS = Map.of(
            "lastName", "a.lastName", "firstName", "a.firstName", "email", "a.email", "submittedAt", "a.submittedAt");

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

    /**
     * Stores the application and queues the confirmation mail in one transaction: either both
     * happen or nothing does. Every invalid field is reported at once.
     */
    @PermitAll
    public JobApplication apply(String offerReference, ApplicationForm form, UploadedDocument cv, String offerUrl) {
        JobOffer offer = offers.findPublished(offerReference);
        if (offer.getClosingDate() != null && offer.getClosingDate().isBefore(LocalDate.now(clock))) {
            throw new BusinessException("application.offerClosed");
        }
        List<BusinessException> problems = validate(form, cv);
        if (!problems.isEmpty()) {
            throw new ApplicationRejectedException(problems);
        }
        DocumentType cvType = DocumentType.detect(cv.content()).orElseThrow();
        JobApplication application = new JobApplication(offer, form.firstName().strip(), form.lastName().strip(),
                form.email().strip(), blankToNull(form.coverLetter()), cv.safeFileName(), cvType, cv.content(),
                clock.instant());
        em.persist(application);
        outbox.enqueue(application.getEmail(), "application.confirmation", application.getFirstName(),
                application.getLastName(), offer.getTitle(), offer.getReference(), offer.getOrganisation().getName(),
                offerUrl);
        return application;
    }

    static List<BusinessException> validate(ApplicationForm form, UploadedDocument cv) {
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
        if (cv == null || cv.size() == 0) {
            problems.add(new BusinessException("cv", "application.cv.required"));
        } else if (cv.size() > DocumentType.MAX_SIZE) {
            problems.add(new BusinessException("cv", "application.cv.tooLarge"));
        } else if (DocumentType.detect(cv.content()).isEmpty()) {
            problems.add(new BusinessException("cv", "application.cv.badType"));
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

    @RolesAllowed(Role.Names.RECRUITER)
    public Page<ApplicationRow> listForOffer(Long offerId, PageRequest page) {
        JobOffer offer = offers.getForRecruiter(offerId);
        String order = page.orderBy(SORTS, "a.submittedAt");
        List<ApplicationRow> rows = em.createQuery("select new fr.bde.jobapplication.service.ApplicationRow("
                        + "a.id, a.firstName, a.lastName, a.email, a.cvFileName, a.status, a.submittedAt) "
                        + "from JobApplication a where a.offer = :offer order by " + order + ", a.id",
                        ApplicationRow.class)
                .setParameter("offer", offer)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(a) from JobApplication a where a.offer = :offer", Long.class)
                .setParameter("offer", offer).getSingleResult();
        return new Page<>(rows, total);
    }

    /** An application of the caller's organisation; another organisation's is refused. */
    @RolesAllowed(Role.Names.RECRUITER)
    public JobApplication get(Long id) {
        JobApplication application = id == null ? null : em.find(JobApplication.class, id);
        if (application == null) {
            throw new NotFoundException("application.notFound");
        }
        Long callerOrganisation = users.currentOrganisation().getId();
        if (!application.getOffer().getOrganisation().getId().equals(callerOrganisation)) {
            throw new AccessDeniedException();
        }
        return application;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
