package fr.bde.jobapplication.service;

import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.offer.domain.OfferStatus;
import java.time.Instant;

/** One line of the candidate's list of applications: the offer applied to and where the application stands. */
public record CandidateApplicationRow(Long id, String offerTitle, String organisation, String offerReference,
                                      OfferStatus offerStatus, Instant submittedAt, ApplicationStatus status,
                                      Instant withdrawnAt, Instant rejectionNoticeAt) {

    /** As the candidate may see it: a rejection on criteria shows only once its held mail is due. */
    public CandidateApplicationRow seenAt(Instant now) {
        return JobApplication.isRejectionHeld(status, rejectionNoticeAt, now) ? new CandidateApplicationRow(id, offerTitle, organisation, offerReference, offerStatus, submittedAt,
                ApplicationStatus.SUBMITTED, withdrawnAt, null) : this;
    }

    /** The offer's public page still exists. */
    public boolean offerPublished() {
        return offerStatus == OfferStatus.PUBLISHED;
    }

    /** Only while no decision was made: a rejected or hired application keeps its outcome. */
    public boolean withdrawable() {
        return status == ApplicationStatus.SUBMITTED;
    }
}
