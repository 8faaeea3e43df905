package fr.bde.web.commission;

import fr.bde.commission.service.ContactForm;
import fr.bde.common.BusinessException;
import fr.bde.common.PageRequest;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.trainingneed.domain.TrainingNeedStatus;
import fr.bde.trainingneed.service.TraineeFile;
import fr.bde.trainingneed.service.TraineeFileService;
import fr.bde.trainingneed.service.TrainingNeedRow;
import fr.bde.trainingneed.service.TrainingNeedService;
import fr.bde.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A trainee file proposed by the company outside the pool (/sar/stagiaire.xhtml[?id=…]): created with
 * the candidate's details (and a training need of the company), completed with the CV, then finalised.
 */
@Named
@ViewScoped
public class TraineeFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "traineeForm";

    @Inject
    private TraineeFileService trainees;

    @Inject
    private TrainingNeedService needs;

    private Long id;
    private boolean loaded;
    private TraineeFile file;
    private Civility civility;
    private String lastName;
    private String firstName;
    private String email;
    private String phone;
    private String streetNumber;
    private String street;
    private String postcode;
    private String city;
    private String areaCode;
    private Long needId;
    private DocumentKind documentKind = DocumentKind.CV;
    private transient Part upload;

    /** viewAction: another company's file answers 404. */
    public void load() {
        if (!loaded && id != null) {
            reload();
        }
        loaded = true;
    }

    private void reload() {
        file = trainees.get(id);
        ContactForm c = file.contact();
        civility = c.civility();
        lastName = c.lastName();
        firstName = c.firstName();
        email = c.email();
        phone = c.phone();
        streetNumber = c.streetNumber();
        street = c.street();
        postcode = c.postcode();
        city = c.city();
        areaCode = c.areaCode();
    }

    private ContactForm form() {
        return new ContactForm(civility, lastName, firstName, email, phone, streetNumber, street, postcode, city, areaCode);
    }

    public void save() throws IOException {
        try {
            if (id == null) {
                Long created = trainees.propose(form(), needId);
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                Messages.info("commission.trainee.created");
                external.redirect(external.getRequestContextPath() + "/sar/stagiaire.xhtml?id=" + created);
                return;
            }
            trainees.update(id, form());
            reload();
            Messages.info("commission.saved");
        } catch (BusinessException e) {
            Forms.show(FORM, e);
        }
    }

    public void addDocument() throws IOException {
        try {
            trainees.addDocument(id, documentKind, Forms.read(upload));
            reload();
            Messages.info("commission.document.added");
        } catch (BusinessException e) {
            Forms.show("documentsForm", e);
        }
    }

    public void finalise() {
        try {
            trainees.finalise(id);
            reload();
            Messages.info("commission.trainee.finalised");
        } catch (BusinessException e) {
            Forms.show(FORM, e);
        }
    }

    /** The company's needs still open, to link a new trainee to one of them. */
    public List<TrainingNeedRow> getOpenNeeds() {
        return needs.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(n -> n.status() != TrainingNeedStatus.CLOSED).toList();
    }

    public boolean isDraft() {
        return file == null || file.status() == fr.bde.talentpool.domain.SubmissionStatus.DRAFT;
    }

    public long getMaxSizeMb() { return Forms.maxSizeMb(); }
    public TraineeFile getFile() { return file; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Civility getCivility() { return civility; }
    public void setCivility(Civility civility) { this.civility = civility; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getStreetNumber() { return streetNumber; }
    public void setStreetNumber(String streetNumber) { this.streetNumber = streetNumber; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public Long getNeedId() { return needId; }
    public void setNeedId(Long needId) { this.needId = needId; }
    public DocumentKind getDocumentKind() { return documentKind; }
    public void setDocumentKind(DocumentKind documentKind) { this.documentKind = documentKind; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
