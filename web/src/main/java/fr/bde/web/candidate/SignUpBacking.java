package fr.bde.web.candidate;

import fr.bde.candidate.domain.PasswordPolicy;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.SignUpForm;
import fr.bde.common.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Creating a candidate account (/inscription.xhtml). */
@Named
@ViewScoped
public class SignUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "signUpForm";

    @Inject
    private CandidateAccountService accounts;

    private String firstName;
    private String lastName;
    private String email;
    private String password;
    private String passwordConfirmation;
    private boolean privacyAccepted;
    private boolean done;

    /** The same outcome whether the address already had an account or not: its mailbox is told. */
    public void submit() {
        try {
            accounts.signUp(new SignUpForm(firstName, lastName, email, password, passwordConfirmation, privacyAccepted));
            done = true;
        } catch (BusinessException e) {
            FormMessages.show(FORM, e);
        } finally {
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

    public boolean isDone() {
        return done;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }
}
