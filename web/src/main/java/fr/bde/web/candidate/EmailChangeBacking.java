package fr.bde.web.candidate;

import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.CandidateProfile;
import fr.bde.common.BusinessException;
import fr.bde.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * Changing the e-mail address, which is also the login (/espace/candidat/adresse.xhtml): the new
 * address is confirmed by a link sent to it; the current one works until then.
 */
@Named
@ViewScoped
public class EmailChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "emailForm";

    @Inject
    private CandidateAccountService accounts;

    private String currentEmail;
    private String pendingEmail;
    private Instant pendingUntil;
    private String email;
    private String currentPassword;

    @PostConstruct
    void load() {
        CandidateProfile profile = accounts.profile();
        currentEmail = profile.email();
        pendingEmail = profile.pendingEmail();
        pendingUntil = profile.pendingEmailUntil();
    }

    public void submit() {
        try {
            accounts.requestEmailChange(email, currentPassword);
            Messages.info("candidate.email.sent", email.strip());
            email = null;
            load();
        } catch (BusinessException e) {
            FormMessages.show(FORM, e);
        } finally {
            currentPassword = null;
        }
    }

    public String getCurrentEmail() {
        return currentEmail;
    }

    public String getPendingEmail() {
        return pendingEmail;
    }

    public Instant getPendingUntil() {
        return pendingUntil;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
