package fr.bde.web.candidate;

import fr.bde.candidate.domain.PasswordPolicy;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.BusinessException;
import fr.bde.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Changing the password from the personal space (/espace/candidat/mot-de-passe.xhtml). */
@Named
@ViewScoped
public class PasswordChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "passwordForm";

    @Inject
    private CandidateAccountService accounts;

    private String currentPassword;
    private String password;
    private String passwordConfirmation;

    public void submit() {
        try {
            accounts.changePassword(currentPassword, password, passwordConfirmation);
            Messages.info("candidate.password.changed");
        } catch (BusinessException e) {
            FormMessages.show(FORM, e);
        } finally {
            currentPassword = null;
            password = null;
            passwordConfirmation = null;
        }
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
