package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.publication.domain.Publication;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.service.PublicationService;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Creating, editing and publishing an offer (/recruteur/offre.xhtml[?id=…]). */
@Named
@ViewScoped
public class OfferEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "offerForm";

    @Inject
    private OfferService offers;

    @Inject
    private PublicationService publicationService;

    private Long id;
    private String reference;
    private OfferStatus status;
    private String title;
    private String contractType;
    private String departement;
    private String description;
    private String qualificationLevel;
    private String educationLevel;
    private String salary;
    private LocalDate closingDate;
    private transient List<OfferEvent> history = List.of();
    private transient List<Publication> publications = List.of();
    private List<String> publishingProblems = List.of();

    /** viewAction: loads the offer; another organisation's offer gives a 403. */
    public void load() {
        if (id == null) {
            return;
        }
        JobOffer offer = offers.getForRecruiter(id);
        reference = offer.getReference();
        status = offer.getStatus();
        title = offer.getTitle();
        contractType = offer.getContractType().getCode();
        departement = offer.getDepartement().getCode();
        description = offer.getDescriptionHtml();
        qualificationLevel = offer.getQualificationLevel() == null ? null : offer.getQualificationLevel().getCode();
        educationLevel = offer.getEducationLevel() == null ? null : offer.getEducationLevel().getCode();
        salary = offer.getSalary();
        closingDate = offer.getClosingDate();
        history = offers.history(id);
        publications = publicationService.publications(id);
        publishingProblems = status == OfferStatus.DRAFT ? publicationService.contentProblems(id).stream()
                .map(v -> v.messageKey()).toList() : List.of();
    }

    public String save() {
        OfferDraft draft = new OfferDraft(title, contractType, departement, description, qualificationLevel,
                educationLevel, salary, closingDate);
        try {
            JobOffer offer = id == null ? offers.create(draft) : offers.update(id, draft).offer();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(id == null ? "recruiter.offer.created" : "recruiter.offer.saved", offer.getReference());
            return "/recruteur/offre.xhtml?faces-redirect=true&id=" + offer.getId();
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
    }

    public String publish() {
        try {
            JobOffer offer = publicationService.publish(id, List.of(Channel.UCANSS), false);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("recruiter.offer.published", offer.getReference());
            return "/recruteur/offre.xhtml?faces-redirect=true&id=" + offer.getId();
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return status != OfferStatus.CLOSED;
    }

    public boolean isPublishable() {
        return id != null && status == OfferStatus.DRAFT;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContractType() {
        return contractType;
    }

    public void setContractType(String contractType) {
        this.contractType = contractType;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getQualificationLevel() {
        return qualificationLevel;
    }

    public void setQualificationLevel(String qualificationLevel) {
        this.qualificationLevel = qualificationLevel;
    }

    public String getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(String educationLevel) {
        this.educationLevel = educationLevel;
    }

    public String getSalary() {
        return salary;
    }

    public void setSalary(String salary) {
        this.salary = salary;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }

    public List<OfferEvent> getHistory() {
        return history;
    }

    public List<Publication> getPublications() {
        return publications;
    }

    public List<String> getPublishingProblems() {
        return publishingProblems;
    }
}
