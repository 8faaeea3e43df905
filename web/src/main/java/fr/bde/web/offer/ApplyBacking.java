package fr.bde.web.offer;

import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.CandidateProfile;
import fr.bde.common.BusinessException;
import fr.bde.document.domain.DocumentRules;
import fr.bde.document.service.CandidateDocumentService;
import fr.bde.document.service.DocumentRow;
import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.jobapplication.service.ApplicationFiles;
import fr.bde.jobapplication.service.ApplicationForm;
import fr.bde.jobapplication.service.ApplicationRejectedException;
import fr.bde.jobapplication.service.GuidedApplicationService;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import fr.bde.screening.domain.KnockOutRule;
import fr.bde.screening.domain.QuestionKind;
import fr.bde.screening.service.QuestionView;
import fr.bde.screening.service.ScreeningService;
import fr.bde.security.domain.Role;
import fr.bde.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guided application to an offer (/offres/postuler.xhtml?ref=…): 1. the applicant and the
 * offer's questions, 2. the documents, 3. the review ending with "Soumettre". Without an account,
 * or logged in as a candidate: then the form starts from the account's details, the answers given
 * to the same questions in an earlier application and the saved documents ("Mes documents").
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "applyForm";
    static final String PUBLIC_URL_PROPERTY = "bde.public-url";
    /** The value of the CV choice meaning "a new file". */
    static final String NEW_CV = "new";
    static final int QUESTIONS = 1;
    static final int DOCUMENTS = 2;
    static final int REVIEW = 3;

    @Inject
    private OfferService offers;

    @Inject
    private GuidedApplicationService applications;

    @Inject
    private ScreeningService screening;

    @Inject
    private CandidateDocumentService documents;

    @Inject
    private CandidateAccountService accounts;

    private String reference;
    private String offerTitle;
    private String organisationName;
    private String firstName;
    private String lastName;
    private String email;
    private String coverLetter;
    private int step = QUESTIONS;
    private List<QuestionView> questions = List.of();
    private final HashMap<Long, String> answers = new HashMap<>();
    private final HashSet<Long> prefilled = new HashSet<>();
    private transient Part cv;
    private String cvFileName;
    private byte[] cvContent;
    // files uploaded besides the CV (a cover letter, other pieces), kept across the steps
    private transient Part letterFile;
    private transient Part otherFile;
    private final List<ApplicationFiles.Upload> uploads = new ArrayList<>();
    private boolean submitted;
    private boolean candidate;
    private List<DocumentRow> savedCvs = List.of();
    private List<DocumentRow> savedOthers = List.of();
    private String cvChoice = NEW_CV;
    private List<String> joinedIds = new ArrayList<>();
    private boolean keepCv = true;

    /** viewAction: only a published offer can receive applications (404 otherwise). */
    public void load() {
        if (offerTitle != null) {
            return;
        }
        JobOffer offer = offers.findPublished(reference);
        offerTitle = offer.getTitle();
        organisationName = offer.getOrganisation().getName();
        questions = screening.forApplicants(reference);
        candidate = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.CANDIDATE.name());
        if (candidate) {
            CandidateProfile profile = accounts.profile();
            firstName = profile.firstName();
            lastName = profile.lastName();
            email = profile.email();
            Map<Long, String> previous = screening.previousAnswers(reference);
            answers.putAll(previous);
            prefilled.addAll(previous.keySet());
            List<DocumentRow> mine = documents.mine();
            savedCvs = mine.stream().filter(d -> d.kind() == DocumentKind.CV).toList();
            savedOthers = mine.stream().filter(d -> d.kind() != DocumentKind.CV).toList();
            if (!savedCvs.isEmpty()) {
                cvChoice = String.valueOf(savedCvs.get(0).id());
            }
        }
    }

    /** To the next step, once this one is complete; every mistake of the step is shown beside its field. */
    public void next() throws IOException {
        List<BusinessException> problems = new ArrayList<>();
        if (step == QUESTIONS) {
            problems.addAll(JobApplicationService.identityProblems(form()));
            problems.addAll(applications.answerProblems(reference, answers));
        } else if (step == DOCUMENTS) {
            problems.addAll(JobApplicationService.identityProblems(form()).stream()
                    .filter(p -> "coverLetter".equals(p.getField())).toList());
            UploadedDocument upload = read(cv);
            if (upload != null) {
                DocumentRules.check(DocumentKind.CV, upload, "cv").ifPresentOrElse(problems::add, () -> {
                    cvFileName = upload.safeFileName();
                    cvContent = upload.content();
                    cvChoice = NEW_CV;
                });
            } else if (NEW_CV.equals(cvChoice) && cvContent == null) {
                problems.add(new BusinessException("cv", "documents.required.CV"));
            }
            addUpload(DocumentKind.COVER_LETTER, letterFile, "letterFile", problems);
            addUpload(DocumentKind.OTHER, otherFile, "otherFile", problems);
        }
        if (problems.isEmpty()) {
            step++;
        } else {
            problems.forEach(problem -> Messages.error(FORM, problem));
        }
    }

    /** A file given beside the CV: checked now (type, size, count) and kept for the submit. */
    private void addUpload(DocumentKind kind, Part part, String field, List<BusinessException> problems) throws IOException {
        UploadedDocument file = read(part);
        if (file == null) {
            return;
        }
        if (uploads.size() >= ApplicationFiles.MAX_UPLOADS) {
            problems.add(new BusinessException(field, "documents.uploads.tooMany", ApplicationFiles.MAX_UPLOADS));
            return;
        }
        DocumentRules.check(kind, file, field).ifPresentOrElse(problems::add,
                () -> uploads.add(new ApplicationFiles.Upload(kind, new UploadedDocument(file.safeFileName(), file.content()))));
    }

    /** Takes back a file uploaded beside the CV. */
    public void removeUpload(int index) {
        if (index >= 0 && index < uploads.size()) {
            uploads.remove(index);
        }
    }

    public void back() {
        step = Math.max(QUESTIONS, step - 1);
    }

    public void submit() {
        try {
            boolean newCv = NEW_CV.equals(cvChoice) || !candidate;
            UploadedDocument file = newCv && cvContent != null ? new UploadedDocument(cvFileName, cvContent) : null;
            Long savedCv = newCv ? null : Long.valueOf(cvChoice);
            List<Long> joined = candidate ? joinedIds.stream().map(Long::valueOf).toList() : List.of();
            applications.submit(reference, form(), new ApplicationFiles(file, savedCv, joined, candidate && keepCv,
                    uploads), answers, offerUrl());
            submitted = true;
        } catch (ApplicationRejectedException e) {
            e.getProblems().forEach(problem -> Messages.error(FORM, problem));
            step = stepOf(e.getProblems().get(0));
        } catch (BusinessException e) {
            Messages.error(FORM, e);
        }
    }

    /** The step holding a refused field: documents and letter on the second, the rest on the first. */
    private static int stepOf(BusinessException problem) {
        String field = problem.getField() == null ? "" : problem.getField();
        return field.equals("cv") || field.equals("documents") || field.equals("coverLetter") || field.equals("uploads")
                ? DOCUMENTS : QUESTIONS;
    }

    private ApplicationForm form() {
        return new ApplicationForm(firstName, lastName, email, coverLetter);
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the heap. */
    private static UploadedDocument read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        long limit = DocumentType.MAX_SIZE + 1;
        try (InputStream in = part.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(part.getSize(), limit));
            return new UploadedDocument(part.getSubmittedFileName(), content);
        }
    }

    /**
     * Link to the offer for the confirmation mail: from the configured public address
     * ({@value #PUBLIC_URL_PROPERTY}, e.g. behind a proxy), else from this request.
     */
    private String offerUrl() {
        String base = System.getProperty(PUBLIC_URL_PROPERTY);
        if (base == null || base.isBlank()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String url = request.getRequestURL().toString();
            base = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        }
        return base.replaceAll("/+$", "") + "/offres/offre.xhtml?ref=" + reference;
    }

    /** The choices of a yes/no or single-choice question. */
    public List<SelectItem> options(QuestionView question) {
        if (question.kind() == QuestionKind.YES_NO) {
            return List.of(new SelectItem(KnockOutRule.YES, Messages.text("screening.answer.yes")),
                    new SelectItem(KnockOutRule.NO, Messages.text("screening.answer.no")));
        }
        return question.choices().stream().map(c -> new SelectItem(c, c)).toList();
    }

    /** An answer as the review step shows it. */
    public String answerLabel(QuestionView question) {
        String answer = answers.get(question.id());
        if (answer == null) {
            return "";
        }
        if (question.kind() == QuestionKind.YES_NO) {
            return Messages.text(KnockOutRule.YES.equals(answer) ? "screening.answer.yes" : "screening.answer.no");
        }
        return answer;
    }

    public boolean isPrefilled(QuestionView question) {
        return prefilled.contains(question.id());
    }

    /** The CV the review step names: the new file or the chosen saved one. */
    public String getChosenCvName() {
        if (NEW_CV.equals(cvChoice) || !candidate) {
            return cvFileName;
        }
        return savedCvs.stream().filter(d -> String.valueOf(d.id()).equals(cvChoice)).map(DocumentRow::fileName)
                .findFirst().orElse("");
    }

    public List<DocumentRow> getJoinedDocuments() {
        Set<String> chosen = new HashSet<>(joinedIds);
        return savedOthers.stream().filter(d -> chosen.contains(String.valueOf(d.id()))).toList();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getOfferTitle() {
        return offerTitle;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCoverLetter() {
        return coverLetter;
    }

    public void setCoverLetter(String coverLetter) {
        this.coverLetter = coverLetter;
    }

    public Part getLetterFile() { return letterFile; }
    public void setLetterFile(Part letterFile) { this.letterFile = letterFile; }
    public Part getOtherFile() { return otherFile; }
    public void setOtherFile(Part otherFile) { this.otherFile = otherFile; }
    public List<ApplicationFiles.Upload> getUploads() { return uploads; }
    public String getLetterAccept() { return DocumentKind.COVER_LETTER.acceptAttribute(); }
    public String getOtherAccept() { return DocumentKind.OTHER.acceptAttribute(); }

    public Part getCv() {
        return cv;
    }

    public void setCv(Part cv) {
        this.cv = cv;
    }

    public String getCvFileName() {
        return cvFileName;
    }

    public int getStep() {
        return step;
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public boolean isCandidate() {
        return candidate;
    }

    public List<DocumentRow> getSavedCvs() {
        return savedCvs;
    }

    public List<DocumentRow> getSavedOthers() {
        return savedOthers;
    }

    public String getCvChoice() {
        return cvChoice;
    }

    public void setCvChoice(String cvChoice) {
        this.cvChoice = cvChoice;
    }

    public String getNewCv() {
        return NEW_CV;
    }

    public List<String> getJoinedIds() {
        return joinedIds;
    }

    public void setJoinedIds(List<String> joinedIds) {
        this.joinedIds = joinedIds == null ? new ArrayList<>() : new ArrayList<>(joinedIds);
    }

    public boolean isKeepCv() {
        return keepCv;
    }

    public void setKeepCv(boolean keepCv) {
        this.keepCv = keepCv;
    }

    public String getCvAccept() {
        return DocumentKind.CV.acceptAttribute();
    }

    public long getMaxSizeMb() {
        return DocumentType.MAX_SIZE / (1024 * 1024);
    }
}
