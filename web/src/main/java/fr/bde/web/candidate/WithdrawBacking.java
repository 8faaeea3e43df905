package fr.bde.web.candidate;

import fr.bde.common.BusinessException;
import fr.bde.jobapplication.service.CandidateApplicationRow;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * Confirming a withdrawal (/espace/candidat/desistement.xhtml?id=…). The service finds the
 * application among the caller's own only: another candidate's id is "not found".
 */
@Named
@ViewScoped
public class WithdrawBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobApplicationService applications;

    private Long id;
    private String offerTitle;
    private String organisation;
    private String offerReference;
    private Instant submittedAt;
    private boolean withdrawable;

    /** viewAction. */
    public void load() {
        CandidateApplicationRow row = applications.mine(id);
        offerTitle = row.offerTitle();
        organisation = row.organisation();
        offerReference = row.offerReference();
        submittedAt = row.submittedAt();
        withdrawable = row.withdrawable();
    }

    public String confirm() {
        try {
            applications.withdraw(id);
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.info("candidate.withdraw.done", offerTitle, offerReference);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/espace/candidat/index?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOfferTitle() {
        return offerTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getOfferReference() {
        return offerReference;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isWithdrawable() {
        return withdrawable;
    }
}
