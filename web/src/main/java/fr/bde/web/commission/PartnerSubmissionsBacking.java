package fr.bde.web.commission;

import fr.bde.commission.service.PartnerService;
import fr.bde.commission.service.SubmissionForm;
import fr.bde.commission.service.SubmissionRow;
import fr.bde.common.BusinessException;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.web.Messages;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** An employment partner's submissions (/partenaire/soumissions.xhtml): its own list and submitting a job seeker. */
@Named
@ViewScoped
public class PartnerSubmissionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "submitForm";

    @Inject
    private PartnerService partner;

    private PagedRows<SubmissionRow> rows;
    private List<PartnerContact> contacts;
    private Long contactId;
    private Civility civility;
    private String lastName;
    private String firstName;
    private String email;
    private String phone;
    private transient Part cv;

    @PostConstruct
    void init() {
        PartnerService service = partner;
        rows = new PagedRows<>(service::mine, SubmissionRow::id);
        contacts = partner.contacts();
        contactId = contacts.isEmpty() ? null : contacts.get(0).getId();
    }

    public void submit() throws IOException {
        try {
            partner.submit(new SubmissionForm(contactId, civility, lastName, firstName, email, phone), Forms.read(cv));
            Messages.info("commission.partner.submitted", lastName == null ? "" : lastName.strip().toUpperCase(java.util.Locale.ROOT),
                    firstName == null ? "" : firstName.strip());
            civility = null;
            lastName = null;
            firstName = null;
            email = null;
            phone = null;
        } catch (BusinessException e) {
            Forms.show(FORM, e);
        }
    }

    public long getMaxSizeMb() { return Forms.maxSizeMb(); }
    public PagedRows<SubmissionRow> getRows() { return rows; }
    public List<PartnerContact> getContacts() { return contacts; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
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
    public Part getCv() { return cv; }
    public void setCv(Part cv) { this.cv = cv; }
}
