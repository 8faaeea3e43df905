package fr.bde.screening.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.document.domain.ApplicationDocument;
import fr.bde.document.service.DocumentRow;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.service.ApplicationRejectedException;
import fr.bde.jobapplication.service.ApplicationRow;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import fr.bde.screening.domain.OfferScreening;
import fr.bde.screening.domain.QuestionDraft;
import fr.bde.screening.domain.QuestionKey;
import fr.bde.screening.domain.ScreeningAnswer;
import fr.bde.screening.domain.ScreeningQuestion;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import fr.bde.selection.service.ApplicationFilter;
import fr.bde.selection.service.SelectionAccess;
import fr.bde.selection.service.SelectionService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Screening questions of an offer (defined by its recruiters), the applicants' answers and the
 * documents sent with an application, as the recruiter reads them. Scoped to the caller's
 * organisation on every read and write.
 */
@Stateless
public class ScreeningService {

    /** Default hold of a rejection mail, in hours, for an offer that does not set its own. */
    public static final String DELAY_PROPERTY = "bde.screening.rejection-delay-hours";
    static final int DEFAULT_DELAY_HOURS = 48;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferService offers;

    @Inject
    private UserDirectory users;

    @Inject
    private SelectionService selection;

    @Inject
    private SelectionAccess access;

    @RolesAllowed(Role.Names.RECRUITER)
    public List<ScreeningQuestion> questions(Long offerId) {
        return questionsOf(em, offers.getForRecruiter(offerId));
    }

    @RolesAllowed(Role.Names.RECRUITER)
    public ScreeningQuestion addQuestion(Long offerId, QuestionDraft draft) {
        JobOffer offer = offers.getForRecruiter(offerId);
        List<BusinessException> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new ApplicationRejectedException(problems);
        }
        List<ScreeningQuestion> existing = questionsOf(em, offer);
        if (existing.size() >= ScreeningQuestion.MAX_PER_OFFER) {
            throw new BusinessException("screening.question.tooMany", ScreeningQuestion.MAX_PER_OFFER);
        }
        int position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).getPosition() + 1;
        ScreeningQuestion question = new ScreeningQuestion(offer, position, draft.text().strip(), draft.rule());
        em.persist(question);
        return question;
    }

    /** Removes a question; answers already given keep its text. */
    @RolesAllowed(Role.Names.RECRUITER)
    public void removeQuestion(Long offerId, Long questionId) {
        JobOffer offer = offers.getForRecruiter(offerId);
        ScreeningQuestion question = questionId == null ? null : em.find(ScreeningQuestion.class, questionId);
        if (question == null || !question.getOffer().getId().equals(offer.getId())) {
            throw new NotFoundException("screening.question.notFound");
        }
        em.createQuery("update ScreeningAnswer a set a.question = null where a.question = :q")
                .setParameter("q", question).executeUpdate();
        em.remove(question);
    }

    @RolesAllowed(Role.Names.RECRUITER)
    public ScreeningSettings settings(Long offerId) {
        return settingsOf(em, offers.getForRecruiter(offerId).getId());
    }

    @RolesAllowed(Role.Names.RECRUITER)
    public ScreeningSettings changeSettings(Long offerId, boolean autoReject, Integer delayHours) {
        JobOffer offer = offers.getForRecruiter(offerId);
        if (delayHours == null || delayHours < 0 || delayHours > OfferScreening.MAX_DELAY_HOURS) {
            throw new BusinessException("delay", "screening.settings.delay.invalid", OfferScreening.MAX_DELAY_HOURS);
        }
        OfferScreening settings = em.find(OfferScreening.class, offer.getId());
        if (settings == null) {
            em.persist(new OfferScreening(offer.getId(), autoReject, delayHours));
        } else {
            settings.change(autoReject, delayHours);
        }
        return new ScreeningSettings(autoReject, delayHours);
    }

    /** The questions of a published offer, as applicants see them (without the criteria). */
    @PermitAll
    public List<QuestionView> forApplicants(String offerReference) {
        return questionsOf(em, offers.findPublished(offerReference)).stream()
                .map(q -> new QuestionView(q.getId(), q.getText(), q.getKind(), q.getChoices())).toList();
    }

    /**
     * The caller's latest answers to questions of this offer that they already answered in an
     * earlier application (same text, same kind), still valid answers of these questions.
     */
    @RolesAllowed(Role.Names.CANDIDATE)
    public Map<Long, String> previousAnswers(String offerReference) {
        AppUser me = users.currentUser();
        Map<Long, String> answers = new HashMap<>();
        for (ScreeningQuestion question : questionsOf(em, offers.findPublished(offerReference))) {
            em.createQuery("select s.answer from ScreeningAnswer s join s.application a where a.candidate = :me "
                            + "and s.questionKey = :key and s.kind = :kind order by a.submittedAt desc, s.id desc",
                            String.class)
                    .setParameter("me", me).setParameter("key", QuestionKey.of(question.getText()))
                    .setParameter("kind", question.getKind()).setMaxResults(1)
                    .getResultStream().findFirst()
                    .flatMap(answer -> question.rule().canonical(answer))
                    .ifPresent(answer -> answers.put(question.getId(), answer));
        }
        return answers;
    }

    /** An application's answers, in the order of the questions. */
    @RolesAllowed(Role.Names.RECRUITER)
    public List<AnswerView> answers(Long applicationId) {
        JobApplication application = scoped(applicationId);
        return em.createQuery("select new fr.bde.screening.service.AnswerView(s.questionText, s.kind, s.answer, "
                        + "s.knockedOut) from ScreeningAnswer s left join s.question q where s.application = :a "
                        + "order by q.position, s.id", AnswerView.class)
                .setParameter("a", application).getResultList();
    }

    /** The documents sent with an application besides its CV. */
    @RolesAllowed(Role.Names.RECRUITER)
    public List<DocumentRow> documents(Long applicationId) {
        JobApplication application = scoped(applicationId);
        return em.createQuery("select new fr.bde.document.service.DocumentRow(d.id, d.kind, d.fileName, d.contentType, "
                        + "d.sizeBytes, a.submittedAt) from ApplicationDocument d join d.application a "
                        + "where d.application = :a order by d.kind, d.id", DocumentRow.class)
                .setParameter("a", application).getResultList();
    }

    /** One document of an application of the caller's organisation (403 for another organisation's). */
    @RolesAllowed(Role.Names.RECRUITER)
    public ApplicationDocument document(Long documentId) {
        ApplicationDocument document = documentId == null ? null : em.find(ApplicationDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("documents.notFound");
        }
        scoped(document.getApplication().getId());
        return document;
    }

    /**
     * An offer's applications filtered on their answers (for the recruiter's list): those who gave
     * {@code answer} to {@code questionId}, and/or those who failed (or passed) every knock-out criterion.
     */
    @RolesAllowed(Role.Names.RECRUITER)
    public Page<ApplicationRow> listByAnswers(Long offerId, AnswerFilter filter, PageRequest page) {
        return selection.list(offerId, ApplicationFilter.none().and(filter), page);
    }

    /** An application the caller may handle: its offer's organisation, and its hiring team when restricted. */
    private JobApplication scoped(Long applicationId) {
        return access.application(applicationId);
    }

    public static List<ScreeningQuestion> questionsOf(EntityManager em, JobOffer offer) {
        return em.createQuery("select q from ScreeningQuestion q where q.offer = :offer order by q.position, q.id",
                ScreeningQuestion.class).setParameter("offer", offer).getResultList();
    }

    public static ScreeningSettings settingsOf(EntityManager em, Long offerId) {
        OfferScreening settings = em.find(OfferScreening.class, offerId);
        return settings == null ? new ScreeningSettings(false, defaultDelayHours())
                : new ScreeningSettings(settings.isAutoReject(), settings.getRejectionDelayHours());
    }

    static int defaultDelayHours() {
        return Integer.getInteger(DELAY_PROPERTY, DEFAULT_DELAY_HOURS);
    }
}
