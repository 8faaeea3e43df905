package fr.bde.web.candidate;

import fr.bde.candidate.domain.PasswordPolicy;
import fr.bde.candidate.domain.TokenState;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Choosing a new password from a reset link (/compte/nouveau-mot-de-passe.xhtml?jeton=…). */
@Named
@ViewScoped
public class NewPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "passwordForm";

    @Inject
    private CandidateAccountService accounts;

    private String token;
    private TokenState state;
    private String password;
    private String passwordConfirmation;
    private boolean done;

    /** viewAction: the form is offered only for a link that can still be used. */
    public void load() {
        state = accounts.checkPasswordReset(token);
    }

    public void submit() {
        try {
            accounts.resetPassword(token, password, passwordConfirmation);
            done = true;
        } catch (BusinessException e) {
            FormMessages.show(FORM, e);
            state = accounts.checkPasswordReset(token);
        } finally {
            password = null;
            passwordConfirmation = null;
        }
    }

    public String getState() {
        return state == null ? TokenState.UNKNOWN.name() : state.name();
    }

    public boolean isUsable() {
        return state == TokenState.VALID;
    }

    public boolean isDone() {
        return done;
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
