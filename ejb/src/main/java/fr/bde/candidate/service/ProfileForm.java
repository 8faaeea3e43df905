package fr.bde.candidate.service;

/** The personal details a candidate may edit. */
public record ProfileForm(String firstName, String lastName, String phone) {
}
