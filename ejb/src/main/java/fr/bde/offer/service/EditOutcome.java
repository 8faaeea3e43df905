package fr.bde.offer.service;

import fr.bde.offer.domain.JobOffer;

/**
 * The result of saving an offer: when the offer had been submitted, approved or published, the edit
 * made a new version, and the screen says whether that version needs approving again.
 */
public record EditOutcome(JobOffer offer, boolean newVersion, boolean reapprovalRequired) {
}
