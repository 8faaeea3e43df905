package fr.bde.web.approval;

import fr.bde.approval.domain.ApprovalStep;
import fr.bde.approval.domain.StepKind;
import fr.bde.approval.domain.StepStatus;
import fr.bde.approval.service.ApprovalService;
import fr.bde.common.BusinessException;
import fr.bde.offer.domain.CareersCommitteePost;
import fr.bde.offer.domain.JobOffer;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One approval request as its approver reads and answers it (/approbation/demande.xhtml?etape=…, the
 * link of the e-mail): the offer's whole content, the recruiter's message, the steps so far, and the
 * answer (EN3S: validated or refused; national fund and Ucanss: approved or refused), a refusal with a
 * comment. A step of another organisation gives a 403.
 */
@Named
@ViewScoped
public class ApprovalAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "answerForm";

    /** The offer as the approver reads it. */
    public record OfferView(Long id, String reference, String title, String organisation, String contractType,
                            String departement, String region, String qualificationLevel, String educationLevel,
                            String salary, LocalDate closingDate, String descriptionHtml, boolean executive,
                            CareersCommitteePost careersCommitteePost, String nationalFund) implements Serializable {

        static OfferView of(JobOffer offer) {
            return new OfferView(offer.getId(), offer.getReference(), offer.getTitle(), offer.getOrganisation().getName(),
                    offer.getContractType().getLabel(), offer.getDepartement().getName(), offer.getRegion().getName(),
                    offer.getQualificationLevel() == null ? null : offer.getQualificationLevel().getLabel(),
                    offer.getEducationLevel() == null ? null : offer.getEducationLevel().getLabel(),
                    offer.getSalary(), offer.getClosingDate(), offer.getDescriptionHtml(), offer.isExecutive(),
                    offer.getCareersCommitteePost(),
                    offer.getNationalFund() == null ? null : offer.getNationalFund().getName());
        }
    }

    @Inject
    private ApprovalService approvals;

    private Long stepId;
    private OfferView offer;
    private ProcessView process;
    private StepView step;
    private String comment;

    /** viewAction: the step must belong to the caller's organisation. */
    public void load() {
        ApprovalStep found = approvals.stepForApprover(stepId);
        offer = OfferView.of(found.getProcess().getOffer());
        process = ProcessView.of(found.getProcess());
        step = StepView.of(found);
    }

    public String approve() {
        return answer(true);
    }

    public String refuse() {
        return answer(false);
    }

    private String answer(boolean approved) {
        try {
            approvals.answer(stepId, approved, comment);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            String key = !approved ? "approver.answered.refused"
                    : isEn3s() ? "approver.answered.validated" : "approver.answered.approved";
            Messages.info(key, offer.reference(), offer.title());
            return "/approbation/demande.xhtml?faces-redirect=true&etape=" + stepId;
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
    }

    /** The answer form shows while the step waits for this organisation's answer. */
    public boolean isPending() {
        return step.status() == StepStatus.PENDING && process.inProgress();
    }

    /** EN3S validates or refuses (seed 001); the other approvers approve or refuse: the buttons say so. */
    public boolean isEn3s() {
        return step.kind() == StepKind.EN3S;
    }

    public Long getStepId() {
        return stepId;
    }

    public void setStepId(Long stepId) {
        this.stepId = stepId;
    }

    public OfferView getOffer() {
        return offer;
    }

    public ProcessView getProcess() {
        return process;
    }

    public StepView getStep() {
        return step;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
