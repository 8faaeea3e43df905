package fr.bde.web.candidate;

import fr.bde.candidate.domain.TokenState;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.BusinessException;
import fr.bde.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Opening the link sent to a new address (/compte/confirmer-adresse.xhtml?jeton=…): the login
 * becomes that address, so a session opened with the old one ends here.
 */
@Named
@RequestScoped
public class EmailConfirmationBacking {

    @Inject
    private CandidateAccountService accounts;

    private String token;
    private TokenState state;

    /** viewAction. */
    public void load() throws ServletException {
        try {
            state = accounts.confirmEmailChange(token);
        } catch (BusinessException e) {
            Messages.error(null, e);
            state = TokenState.UNKNOWN;
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (state == TokenState.VALID && request.getUserPrincipal() != null) {
            request.logout();
        }
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
}
