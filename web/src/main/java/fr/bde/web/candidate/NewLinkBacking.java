package fr.bde.web.candidate;

import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.common.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Asking for a link by e-mail: a new validation link (/compte/nouveau-lien.xhtml) or a password
 * reset link (/compte/mot-de-passe-oublie.xhtml). The answer never tells whether the address has
 * an account.
 */
@Named
@ViewScoped
public class NewLinkBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "linkForm";

    @Inject
    private CandidateAccountService accounts;

    private String email;
    private boolean done;

    public void sendValidationLink() {
        try {
            accounts.resendValidation(email);
            done = true;
        } catch (BusinessException e) {
            FormMessages.show(FORM, e);
        }
    }

    public void sendPasswordLink() {
        try {
            accounts.requestPasswordReset(email);
            done = true;
        } catch (BusinessException e) {
            FormMessages.show(FORM, e);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isDone() {
        return done;
    }
}
