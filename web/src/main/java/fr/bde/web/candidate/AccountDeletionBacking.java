package fr.bde.web.candidate;

import fr.bde.common.BusinessException;
import fr.bde.privacy.service.CandidatePrivacyService;
import fr.bde.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Deleting one's account (/espace/candidat/suppression.xhtml): password asked again and a box to tick. */
@Named
@RequestScoped
public class AccountDeletionBacking {

    static final String FORM = "deletionForm";

    @Inject
    private CandidatePrivacyService privacy;

    private String password;
    private boolean confirmed;

    public String delete() throws ServletException, IOException {
        try {
            privacy.deleteAccount(password, confirmed);
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
        // the account is gone: end the session at once, and leave the lifecycle before it needs the session again
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/compte/supprime.xhtml");
        faces.responseComplete();
        return null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
