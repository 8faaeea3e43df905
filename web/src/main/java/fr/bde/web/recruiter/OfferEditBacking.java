package fr.bde.web.recruiter;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.CareersCommitteePolicy;
import fr.bde.approval.service.ApprovalService;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.offer.domain.CareersCommitteePost;
import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.service.EditOutcome;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.referential.domain.ReferentialEntity;
import fr.bde.web.Messages;
import fr.bde.web.security.UserSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An offer's workspace (/recruteur/offre.xhtml[?id=…&amp;onglet=…]): its header, its tabs and the content
 * tab (creating and editing). The offer's recruiters edit it; the Ucanss administrator reads it to
 * review and publish careers-committee offers. The other tabs have their own beans, which read the
 * offer's id and state here.
 */
@Named
@ViewScoped
public class OfferEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "offerForm";

    @Inject
    private OfferService offers;

    @Inject
    private ApprovalService approvals;

    @Inject
    private UserSession userSession;

    private Long id;
    private String tab;
    private boolean created;

    private boolean manager;
    private String reference;
    private OfferStatus status;
    private String savedTitle;
    private String organisationName;
    private int contentVersion;
    private Instant createdAt;
    private String createdBy;
    private String nationalFundName;
    private CloseReason closedReason;
    private Instant closedAt;
    private boolean showSalary;
    private ApprovalKind approvalKind;
    private boolean namesNationalFund;

    private String title;
    private String contractType;
    private String departement;
    private String description;
    private String qualificationLevel;
    private String educationLevel;
    private String salary;
    private boolean remoteWork;
    private LocalDate closingDate;
    private boolean executive;
    private CareersCommitteePost careersCommitteePost;
    private String nationalFund;

    private String contractTypeLabel;
    private String departementName;
    private String regionName;
    private String qualificationLevelLabel;
    private String educationLevelLabel;

    /** viewAction: loads the offer; an offer its caller may not see gives a 403. */
    public void load() {
        manager = userSession.isRecruiter();
        if (id == null) {
            if (!manager) {
                throw new AccessDeniedException();
            }
            namesNationalFund = offers.callerNamesNationalFund();
            return;
        }
        JobOffer offer = offers.getForStaff(id);
        reference = offer.getReference();
        status = offer.getStatus();
        savedTitle = offer.getTitle();
        organisationName = offer.getOrganisation().getName();
        contentVersion = offer.getContentVersion();
        createdAt = offer.getCreatedAt();
        createdBy = offer.getCreatedBy();
        executive = offer.isExecutive();
        careersCommitteePost = offer.getCareersCommitteePost();
        nationalFundName = offer.getNationalFund() == null ? null : offer.getNationalFund().getName();
        closedReason = offer.getClosedReason();
        closedAt = offer.getClosedAt();
        showSalary = offer.isShowSalary();
        title = offer.getTitle();
        contractType = code(offer.getContractType());
        contractTypeLabel = offer.getContractType().getLabel();
        departement = code(offer.getDepartement());
        departementName = offer.getDepartement().getName();
        regionName = offer.getRegion().getName();
        description = offer.getDescriptionHtml();
        qualificationLevel = code(offer.getQualificationLevel());
        qualificationLevelLabel = offer.getQualificationLevel() == null ? null : offer.getQualificationLevel().getLabel();
        educationLevel = code(offer.getEducationLevel());
        educationLevelLabel = offer.getEducationLevel() == null ? null : offer.getEducationLevel().getLabel();
        salary = offer.getSalary();
        remoteWork = offer.isRemoteWork();
        closingDate = offer.getClosingDate();
        approvalKind = approvals.required(id).orElse(null);
    }

    public String save() {
        OfferDraft draft = new OfferDraft(title, contractType, departement, description, qualificationLevel,
                educationLevel, salary, closingDate, executive, careersCommitteePost, nationalFund, remoteWork);
        try {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            if (id == null) {
                JobOffer offer = offers.create(draft);
                Messages.info("recruiter.offer.created", offer.getReference());
                return OfferTab.CONTENT.outcome(offer.getId()) + "&cree=true";
            }
            EditOutcome outcome = offers.update(id, draft);
            JobOffer offer = outcome.offer();
            if (!outcome.newVersion()) {
                Messages.info("recruiter.offer.saved", offer.getReference());
            } else {
                Messages.info(outcome.reapprovalRequired() ? "recruiter.offer.version.reapproval"
                        : "recruiter.offer.version.noReapproval", offer.getReference(), offer.getContentVersion());
            }
            return OfferTab.CONTENT.outcome(offer.getId());
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
            Messages.error(FORM, e);
            return null;
        }
    }

    /** The tabs this user has on this offer. */
    public List<OfferTab> getTabs() {
        return Arrays.stream(OfferTab.values()).filter(t -> manager || !t.isRecruiterOnly()).toList();
    }

    public OfferTab getCurrentTab() {
        OfferTab current = OfferTab.of(tab);
        return current.isRecruiterOnly() && !manager ? OfferTab.CONTENT : current;
    }

    /** Right after its creation, an offer needing approval is offered the submission for approval (seed 001). */
    public boolean isCreatedPrompt() {
        return created && manager && approvalKind != null && status == OfferStatus.DRAFT;
    }

    public boolean isNew() {
        return id == null;
    }

    /** The offer's recruiters edit it, unless it is closed or waiting for an approval. */
    public boolean isEditable() {
        return manager && (id == null || status != OfferStatus.CLOSED && status != OfferStatus.PENDING_APPROVAL);
    }

    public boolean isManager() {
        return manager;
    }

    public List<CareersCommitteePost> getCareersCommitteePosts() {
        return List.of(CareersCommitteePost.values());
    }

    /** The funds a multibranch organisation may name (careers committee). */
    public List<String> getNationalFunds() {
        return CareersCommitteePolicy.NETWORK_FUNDS.stream().sorted().toList();
    }

    private static String code(ReferentialEntity entity) {
        return entity == null ? null : entity.getCode();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    public String getReference() {
        return reference;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public String getSavedTitle() {
        return savedTitle;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getNationalFundName() {
        return nationalFundName;
    }

    public CloseReason getClosedReason() {
        return closedReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isShowSalary() {
        return showSalary;
    }

    public ApprovalKind getApprovalKind() {
        return approvalKind;
    }

    public boolean isNamesNationalFund() {
        return namesNationalFund;
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

    public boolean isRemoteWork() {
        return remoteWork;
    }

    public void setRemoteWork(boolean remoteWork) {
        this.remoteWork = remoteWork;
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

    public boolean isExecutive() {
        return executive;
    }

    public void setExecutive(boolean executive) {
        this.executive = executive;
    }

    public CareersCommitteePost getCareersCommitteePost() {
        return careersCommitteePost;
    }

    public void setCareersCommitteePost(CareersCommitteePost careersCommitteePost) {
        this.careersCommitteePost = careersCommitteePost;
    }

    public String getNationalFund() {
        return nationalFund;
    }

    public void setNationalFund(String nationalFund) {
        this.nationalFund = nationalFund;
    }

    public String getContractTypeLabel() {
        return contractTypeLabel;
    }

    public String getDepartementName() {
        return departementName;
    }

    public String getRegionName() {
        return regionName;
    }

    public String getQualificationLevelLabel() {
        return qualificationLevelLabel;
    }

    public String getEducationLevelLabel() {
        return educationLevelLabel;
    }
}
