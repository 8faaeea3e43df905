package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.service.OfferService;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The selection and hiring tab: the applications received, and closing the offer (post filled, recruitment cancelled). */
@Named
@ViewScoped
public class OfferSelectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "closeForm";

    @Inject
    private OfferService offers;

    @Inject
    private JobApplicationService applications;

    @Inject
    private OfferEditBacking offer;

    private Long applicationCount;
    private CloseReason reason;

    public String close() {
        try {
            offers.close(offer.getId(), reason);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("recruiter.selection.closed", offer.getReference(), Messages.text("CloseReason." + reason.name()));
            return OfferTab.SELECTION.outcome(offer.getId());
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
    }

    /** A recruiter closes an offer because the post is filled or the recruitment cancelled; expiry is the system's. */
    public List<CloseReason> getReasons() {
        return List.of(CloseReason.FILLED, CloseReason.CANCELLED);
    }

    public long getApplicationCount() {
        if (applicationCount == null) {
            applicationCount = applications.listForOffer(offer.getId(), PageRequest.of(0, 1)).total();
        }
        return applicationCount;
    }

    public CloseReason getReason() {
        return reason;
    }

    public void setReason(CloseReason reason) {
        this.reason = reason;
    }
}
