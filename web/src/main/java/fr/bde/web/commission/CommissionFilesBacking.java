package fr.bde.web.commission;

import fr.bde.commission.service.CommissionService;
import fr.bde.commission.service.SubmissionFilter;
import fr.bde.commission.service.SubmissionForm;
import fr.bde.commission.service.SubmissionRow;
import fr.bde.common.BusinessException;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.SubmissionStatus;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The commission's files (/commission/dossiers.xhtml): every submission, filtered, and recording a new one. */
@Named
@ViewScoped
public class CommissionFilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "recordForm";

    @Inject
    private CommissionService commission;

    private SubmissionStatus status;
    private Long partnerId;
    private String name;
    private PagedRows<SubmissionRow> rows;
    private List<PartnerContact> contacts;

    private Long contactId;
    private Civility civility;
    private String lastName;
    private String firstName;
    private String email;
    private String phone;

    @PostConstruct
    void init() {
        CommissionService service = commission;
        rows = new PagedRows<>(page -> service.submissions(new SubmissionFilter(status, partnerId, name), page),
                SubmissionRow::id);
        contacts = commission.contacts();
    }

    public void search() {
        // the lazy model reads the filters at its next load
    }

    public void record() throws IOException {
        try {
            Long id = commission.record(new SubmissionForm(contactId, civility, lastName, firstName, email, phone));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            fr.bde.web.Messages.info("commission.record.done");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/commission/dossier.xhtml?id=" + id);
        } catch (BusinessException e) {
            Forms.show(FORM, e);
        }
    }

    /** Partners that have contacts, once each, for the filter. */
    public List<fr.bde.talentpool.domain.Partner> getPartners() {
        return contacts.stream().map(PartnerContact::getPartner).distinct().toList();
    }

    public List<PartnerContact> getContacts() { return contacts; }
    public PagedRows<SubmissionRow> getRows() { return rows; }
    public SubmissionStatus getStatus() { return status; }
    public void setStatus(SubmissionStatus status) { this.status = status; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
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
}
