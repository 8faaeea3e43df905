package fr.bde.jobapplication.service;

/** What a visitor types when applying without an account. */
public record ApplicationForm(String firstName, String lastName, String email, String coverLetter) {
}
