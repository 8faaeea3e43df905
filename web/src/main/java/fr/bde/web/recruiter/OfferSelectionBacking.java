package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.CloseReason;
import fr.bde.selection.service.SelectionService;
import fr.bde.selection.service.SelectionSettings;
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
    static final String SETTINGS_FORM = "settingsForm";

    @Inject
    private JobApplicationService applications;

    @Inject
    private OfferEditBacking offer;

    @Inject
    private SelectionService selection;

    private Long applicationCount;
    private CloseReason reason;
    private SelectionSettings settings;
    private Integer posts;
    private boolean restricted;

    /** The posts to fill and the restriction of the hiring team, as saved. */
    public SelectionSettings getSettings() {
        if (settings == null) {
            settings = selection.settings(offer.getId());
            posts = settings.posts();
            restricted = settings.restricted();
        }
        return settings;
    }

    public void saveSettings() {
        try {
            selection.configure(offer.getId(), posts == null ? 0 : posts, restricted);
            settings = null;
            Messages.info("selection.settings.saved");
        } catch (BusinessException e) {
            Messages.error(SETTINGS_FORM, e);
        }
    }

    public Integer getPosts() {
        getSettings();
        return posts;
    }

    public void setPosts(Integer posts) {
        this.posts = posts;
    }

    public boolean isRestricted() {
        getSettings();
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public String close() {
        try {
            selection.close(offer.getId(), reason);
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
