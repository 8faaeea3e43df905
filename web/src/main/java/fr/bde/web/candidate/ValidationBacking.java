package fr.bde.web.candidate;

import fr.bde.candidate.domain.TokenState;
import fr.bde.candidate.service.CandidateAccountService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Opening the validation link of a new account (/compte/valider.xhtml?jeton=…). */
@Named
@ViewScoped
public class ValidationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateAccountService accounts;

    private String token;
    private TokenState state;
    private boolean resent;

    /** viewAction: the link is spent on opening. */
    public void load() {
        state = accounts.validate(token);
    }

    /** From an expired or replaced link: a new link to the same mailbox. */
    public void resend() {
        accounts.resendFromLink(token);
        resent = true;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getState() {
        return state == null ? TokenState.UNKNOWN.name() : state.name();
    }

    public boolean isResendOffered() {
        return !resent && (state == TokenState.EXPIRED || state == TokenState.REPLACED);
    }

    public boolean isResent() {
        return resent;
    }
}
