package fr.bde.web.offer;

import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.CandidateProfile;
import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.jobapplication.service.ApplicationForm;
import fr.bde.jobapplication.service.ApplicationRejectedException;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.jobapplication.service.ReusableCv;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import fr.bde.security.domain.Role;
import fr.bde.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;

/**
 * Applying to an offer (/offres/postuler.xhtml?ref=…), without an account or logged in as a
 * candidate: then the form starts from the account's names and address, and the CV of the
 * latest application can be reused.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "applyForm";
    static final String PUBLIC_URL_PROPERTY = "bde.public-url";

    @Inject
    private OfferService offers;

    @Inject
    private JobApplicationService applications;

    @Inject
    private CandidateAccountService accounts;

    private String reference;
    private String offerTitle;
    private String organisationName;
    private String firstName;
    private String lastName;
    private String email;
    private String coverLetter;
    private transient Part cv;
    private boolean submitted;
    private boolean candidate;
    private String reusableCvName;
    private Instant reusableCvSentAt;
    private boolean reuseCv;

    /** viewAction: only a published offer can receive applications (404 otherwise). */
    public void load() {
        JobOffer offer = offers.findPublished(reference);
        offerTitle = offer.getTitle();
        organisationName = offer.getOrganisation().getName();
        candidate = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.CANDIDATE.name());
        if (candidate) {
            CandidateProfile profile = accounts.profile();
            firstName = profile.firstName();
            lastName = profile.lastName();
            email = profile.email();
            ReusableCv cvOnFile = applications.reusableCv().orElse(null);
            if (cvOnFile != null) {
                reusableCvName = cvOnFile.fileName();
                reusableCvSentAt = cvOnFile.sentAt();
                reuseCv = true;
            }
        }
    }

    public void submit() throws IOException {
        try {
            applications.apply(reference, new ApplicationForm(firstName, lastName, email, coverLetter),
                    upload(), candidate && reuseCv, offerUrl());
            submitted = true;
        } catch (ApplicationRejectedException e) {
            e.getProblems().forEach(problem -> Messages.error(FORM, problem));
        } catch (BusinessException e) {
            Messages.error(FORM, e);
        }
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the heap. */
    private UploadedDocument upload() throws IOException {
        if (cv == null || cv.getSize() == 0) {
            return null;
        }
        long limit = DocumentType.MAX_SIZE + 1;
        try (InputStream in = cv.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(cv.getSize(), limit));
            return new UploadedDocument(cv.getSubmittedFileName(), content);
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

    public Part getCv() {
        return cv;
    }

    public void setCv(Part cv) {
        this.cv = cv;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public boolean isCandidate() {
        return candidate;
    }

    public String getReusableCvName() {
        return reusableCvName;
    }

    public Instant getReusableCvSentAt() {
        return reusableCvSentAt;
    }

    public boolean isReuseCv() {
        return reuseCv;
    }

    public void setReuseCv(boolean reuseCv) {
        this.reuseCv = reuseCv;
    }

    public long getMaxSizeMb() {
        return DocumentType.MAX_SIZE / (1024 * 1024);
    }
}
