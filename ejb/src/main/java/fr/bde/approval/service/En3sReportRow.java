package fr.bde.approval.service;

import fr.bde.approval.domain.ProcessStatus;
import fr.bde.offer.domain.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One offer of the EN3S control report: was the process launched, what EN3S answered, whether and
 * when the offer was published, with the date of every step.
 */
public record En3sReportRow(Long offerId, String reference, String title, String organisationName,
                            String qualificationLevel, Instant createdAt, String createdBy, OfferStatus offerStatus,
                            Instant submittedAt, String submittedBy, LocalDate dueDate, ProcessStatus answer,
                            Instant answeredAt, String answeredBy, String comment, Instant firstPublishedAt) {

    public boolean launched() {
        return submittedAt != null;
    }

    public boolean published() {
        return firstPublishedAt != null;
    }

    /** Published without EN3S's validation: what the control is for. */
    public boolean publishedWithoutValidation() {
        return firstPublishedAt != null && (answer != ProcessStatus.APPROVED || answeredAt == null
                || firstPublishedAt.isBefore(answeredAt));
    }
}
