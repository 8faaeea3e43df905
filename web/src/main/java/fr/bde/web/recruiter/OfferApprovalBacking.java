package fr.bde.web.recruiter;

import fr.bde.approval.service.ApprovalRequest;
import fr.bde.approval.service.ApprovalService;
import fr.bde.common.BusinessException;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.web.Messages;
import fr.bde.web.approval.ProcessView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The approval tab of an offer: its processes with their steps, newest first, and the submission
 * form (message pre-filled with the seed's text, due date, alert) when the offer
 * needs an approval and may ask for one; a request in progress can be withdrawn.
 */
@Named
@ViewScoped
public class OfferApprovalBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "approvalForm";

    @Inject
    private ApprovalService approvals;

    @Inject
    private OfferEditBacking offer;

    private List<ProcessView> processes;
    private String message;
    private LocalDate dueDate;
    private boolean alert = true;

    /** viewAction, after the offer is loaded: pre-fills the request form when the tab shows it. */
    public void prepare() {
        if (offer.getCurrentTab() != OfferTab.APPROVAL || !isStartable()) {
            return;
        }
        ApprovalRequest request = approvals.defaultRequest(offer.getId());
        message = request.message();
        dueDate = request.dueDate();
        alert = request.alertRequester();
    }

    public String start() {
        try {
            approvals.start(offer.getId(), message, dueDate, alert);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("recruiter.approval.started", offer.getReference());
            return OfferTab.APPROVAL.outcome(offer.getId());
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
    }

    public String cancel(Long processId) {
        try {
            approvals.cancel(processId);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("recruiter.approval.cancelled", offer.getReference());
            return OfferTab.APPROVAL.outcome(offer.getId());
        } catch (BusinessException e) {
            Messages.error(null, e);
            processes = null;
            return null;
        }
    }

    /** An approval is needed, the offer is a draft (or was refused), and this is one of its recruiters. */
    public boolean isStartable() {
        return offer.isManager() && offer.getApprovalKind() != null
                && (offer.getStatus() == OfferStatus.DRAFT || offer.getStatus() == OfferStatus.REFUSED);
    }

    public List<ProcessView> getProcesses() {
        if (processes == null) {
            processes = approvals.processesOf(offer.getId()).stream().map(ProcessView::of).toList();
        }
        return processes;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isAlert() {
        return alert;
    }

    public void setAlert(boolean alert) {
        this.alert = alert;
    }
}
