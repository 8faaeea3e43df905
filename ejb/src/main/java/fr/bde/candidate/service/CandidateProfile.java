package fr.bde.candidate.service;

import java.time.Instant;

/**
 * What the personal space shows of the account; {@code pendingEmail} is an address waiting for
 * its confirmation link (until {@code pendingEmailUntil}), null when there is none.
 */
public record CandidateProfile(String firstName, String lastName, String phone, String email, Instant validatedAt,
                               String pendingEmail, Instant pendingEmailUntil) {
}
