package fr.bde.candidate.service;

/** What a visitor types to create a candidate account. */
public record SignUpForm(String firstName, String lastName, String email, String password,
                         String passwordConfirmation, boolean privacyAccepted) {

    @Override
    public String toString() {
        return "SignUpForm[email=" + email + "]";
    }
}
