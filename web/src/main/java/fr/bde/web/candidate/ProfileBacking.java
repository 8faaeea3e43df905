package fr.bde.web.candidate;

import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.CandidateProfile;
import fr.bde.candidate.service.ProfileForm;
import fr.bde.common.BusinessException;
import fr.bde.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The candidate's personal details (/espace/candidat/informations.xhtml). */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profileForm";

    @Inject
    private CandidateAccountService accounts;

    private String firstName;
    private String lastName;
    private String phone;
    private String email;

    @PostConstruct
    void load() {
        CandidateProfile profile = accounts.profile();
        firstName = profile.firstName();
        lastName = profile.lastName();
        phone = profile.phone();
        email = profile.email();
    }

    public void save() {
        try {
            accounts.updateProfile(new ProfileForm(firstName, lastName, phone));
            Messages.info("candidate.profile.saved");
        } catch (BusinessException e) {
            FormMessages.show(FORM, e);
        }
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }
}
