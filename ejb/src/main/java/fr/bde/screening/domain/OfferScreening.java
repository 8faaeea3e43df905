package fr.bde.screening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An offer's automatic rejection on criteria: when on, an application failing a knock-out
 * question is rejected at once and its rejection mail leaves after the delay (hours), so that the
 * refusal does not look automatic to the candidate.
 */
@Entity
@Table(name = "offer_screening")
public class OfferScreening {

    public static final int MAX_DELAY_HOURS = 24 * 30;

    @Id
    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "auto_reject", nullable = false)
    private boolean autoReject;

    @Column(name = "rejection_delay_hours", nullable = false)
    private int rejectionDelayHours;

    protected OfferScreening() {
    }

    public OfferScreening(Long offerId, boolean autoReject, int rejectionDelayHours) {
        this.offerId = offerId;
        change(autoReject, rejectionDelayHours);
    }

    public final void change(boolean autoReject, int rejectionDelayHours) {
        if (rejectionDelayHours < 0 || rejectionDelayHours > MAX_DELAY_HOURS) {
            throw new IllegalArgumentException("delay " + rejectionDelayHours);
        }
        this.autoReject = autoReject;
        this.rejectionDelayHours = rejectionDelayHours;
    }

    public Long getOfferId() {
        return offerId;
    }

    public boolean isAutoReject() {
        return autoReject;
    }

    public int getRejectionDelayHours() {
        return rejectionDelayHours;
    }
}
