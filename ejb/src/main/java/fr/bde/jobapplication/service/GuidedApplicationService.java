package fr.bde.jobapplication.service;

import fr.bde.common.BusinessException;
import fr.bde.document.domain.ApplicationDocument;
import fr.bde.document.domain.CandidateDocument;
import fr.bde.document.domain.DocumentRules;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.mail.domain.OutboxMessage;
import fr.bde.mail.service.MailOutbox;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import fr.bde.screening.domain.QuestionKind;
import fr.bde.screening.domain.ScreeningAnswer;
import fr.bde.screening.domain.ScreeningQuestion;
import fr.bde.screening.service.ScreeningService;
import fr.bde.screening.service.ScreeningSettings;
import fr.bde.security.domain.AppUser;
import fr.bde.selection.domain.HistoryAction;
import fr.bde.selection.domain.MessageDraft;
import fr.bde.selection.service.ApplicationHistory;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided application ("Soumettre" at the end of questions, documents, review): stores the
 * application with copies of its documents and its answers, evaluates the knock-out criteria and,
 * when the offer rejects automatically, rejects it with a rejection mail held for the offer's
 * delay; all in one transaction with the confirmation mail. With or without an account.
 */
@Stateless
@PermitAll
public class GuidedApplicationService {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private ApplicationHistory history;

    @Inject
    private OfferService offers;

    @Inject
    private UserDirectory users;

    @Inject
    private MailOutbox outbox;

    @Inject
    private java.time.Clock clock;

    @Resource
    private SessionContext context;

    /**
     * Checks the answers to the offer's questions (step 1 of the form). Problems name the field
     * {@code questions:<index>:<choice|number>} of the question's input.
     */
    public List<BusinessException> answerProblems(String offerReference, Map<Long, String> answers) {
        return answerProblems(ScreeningService.questionsOf(em, offers.findPublished(offerReference)), answers);
    }

    public JobApplication submit(String offerReference, ApplicationForm form, ApplicationFiles files,
                                 Map<Long, String> answers, String offerUrl) {
        JobOffer offer = offers.findPublished(offerReference);
        if (offer.getClosingDate() != null && offer.getClosingDate().isBefore(LocalDate.now(clock))) {
            throw new BusinessException("application.offerClosed");
        }
        AppUser candidate = context.isCallerInRole(Role.Names.CANDIDATE) ? users.currentUser() : null;
        if (candidate != null && hasActiveApplication(candidate, offer)) {
            throw new BusinessException("application.alreadyApplied");
        }
        List<ScreeningQuestion> questions = ScreeningService.questionsOf(em, offer);
        List<BusinessException> problems = new ArrayList<>(JobApplicationService.identityProblems(form));
        problems.addAll(answerProblems(questions, answers));
        Optional<CandidateDocument> savedCv = Optional.empty();
        if (files.hasUpload()) {
            DocumentRules.check(DocumentKind.CV, files.cv(), "cv").ifPresent(problems::add);
        } else if (candidate != null && files.savedCvId() != null) {
            savedCv = saved(candidate, files.savedCvId()).filter(d -> d.getKind() == DocumentKind.CV);
            if (savedCv.isEmpty()) {
                problems.add(new BusinessException("cv", "documents.notFound"));
            }
        } else {
            problems.add(new BusinessException("cv", "documents.required.CV"));
        }
        List<CandidateDocument> joined = new ArrayList<>();
        for (Long id : files.savedDocumentIds()) {
            Optional<CandidateDocument> document = candidate == null ? Optional.empty() : saved(candidate, id);
            document.ifPresentOrElse(joined::add, () -> problems.add(new BusinessException("documents", "documents.notFound")));
        }
        problems.addAll(uploadProblems(files.uploads()));
        if (!problems.isEmpty()) {
            throw new ApplicationRejectedException(problems);
        }

        Instant now = clock.instant();
        String cvName;
        DocumentType cvType;
        byte[] cvContent;
        if (files.hasUpload()) {
            cvName = files.cv().safeFileName();
            cvType = DocumentRules.typeOf(files.cv());
            cvContent = files.cv().content();
        } else {
            CandidateDocument cv = savedCv.orElseThrow();
            cvName = cv.getFileName();
            cvContent = cv.getContent().clone();
            cvType = DocumentType.detect(cvContent).orElseThrow();
        }
        JobApplication application = new JobApplication(offer, form.firstName().strip(), form.lastName().strip(),
                form.email().strip(), blankToNull(form.coverLetter()), cvName, cvType, cvContent, now);
        if (candidate != null) {
            application.belongTo(candidate);
        }
        em.persist(application);
        for (ApplicationFiles.Upload upload : files.uploads()) {
            em.persist(new ApplicationDocument(application, upload.kind(), upload.file().safeFileName(),
                    DocumentRules.typeOf(upload.file()).getMediaType(), upload.file().content()));
        }
        for (CandidateDocument document : joined) {
            em.persist(new ApplicationDocument(application, document.getKind(), document.getFileName(),
                    document.getContentType(), document.getContent().clone()));
        }
        if (candidate != null && files.hasUpload() && files.keepUploadedCv()
                && countSaved(candidate) < DocumentKind.MAX_SAVED) {
            em.persist(new CandidateDocument(candidate, DocumentKind.CV, cvName, cvType, cvContent.clone(), now));
        }
        boolean knockedOut = false;
        for (ScreeningQuestion question : questions) {
            String canonical = question.rule().canonical(answers.get(question.getId())).orElseThrow();
            ScreeningAnswer answer = new ScreeningAnswer(application, question, canonical);
            em.persist(answer);
            knockedOut |= answer.isKnockedOut();
        }
        outbox.enqueue(application.getEmail(), "application.confirmation", application.getFirstName(),
                application.getLastName(), offer.getTitle(), offer.getReference(), offer.getOrganisation().getName(),
                offerUrl);
        ScreeningSettings settings = ScreeningService.settingsOf(em, offer.getId());
        if (knockedOut && settings.autoReject()) {
            Instant noticeAt = now.plus(Duration.ofHours(settings.rejectionDelayHours()));
            OutboxMessage rejection = outbox.enqueueNotBefore(noticeAt, application.getEmail(),
                    "screening.rejection", application.getFirstName(), application.getLastName(), offer.getTitle(),
                    offer.getReference(), offer.getOrganisation().getName());
            application.rejectOnCriteria(now, noticeAt, rejection.getId());
            history.record(application, HistoryAction.REJECTED_ON_CRITERIA, ApplicationHistory.SYSTEM, null,
                    new MessageDraft(rejection.getSubject(), rejection.getBodyText()));
        }
        return application;
    }

    /** Cover letters and other pieces only (the CV has its own place), each of an accepted type and size. */
    static List<BusinessException> uploadProblems(List<ApplicationFiles.Upload> uploads) {
        List<BusinessException> problems = new ArrayList<>();
        if (uploads.size() > ApplicationFiles.MAX_UPLOADS) {
            problems.add(new BusinessException("uploads", "documents.uploads.tooMany", ApplicationFiles.MAX_UPLOADS));
        }
        for (ApplicationFiles.Upload upload : uploads) {
            if (upload.kind() == DocumentKind.CV) {
                problems.add(new BusinessException("uploads", "documents.uploads.cv"));
            } else {
                DocumentRules.check(upload.kind(), upload.file(), "uploads").ifPresent(problems::add);
            }
        }
        return problems;
    }

    static List<BusinessException> answerProblems(List<ScreeningQuestion> questions, Map<Long, String> answers) {
        List<BusinessException> problems = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ScreeningQuestion question = questions.get(i);
            String given = answers == null ? null : answers.get(question.getId());
            boolean number = question.getKind() == QuestionKind.NUMBER;
            String field = "questions:" + i + ":" + (number ? "number" : "choice");
            if (given == null || given.isBlank()) {
                problems.add(new BusinessException(field, "screening.answer.required", question.getText()));
            } else if (question.rule().canonical(given).isEmpty()) {
                problems.add(new BusinessException(field, number ? "screening.answer.number" : "screening.answer.choice",
                        question.getText()));
            }
        }
        return problems;
    }

    private Optional<CandidateDocument> saved(AppUser candidate, Long id) {
        CandidateDocument document = id == null ? null : em.find(CandidateDocument.class, id);
        return document != null && document.isOwnedBy(candidate) ? Optional.of(document) : Optional.empty();
    }

    private long countSaved(AppUser candidate) {
        return em.createQuery("select count(d) from CandidateDocument d where d.candidate = :me", Long.class)
                .setParameter("me", candidate).getSingleResult();
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
