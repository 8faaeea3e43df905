package fr.bde.alert.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The digest mailed for an alert on a day: at most one per alert and day (the table's key). */
@Entity
@Table(name = "job_alert_digest")
@IdClass(AlertDigest.Key.class)
public class AlertDigest {

    @Id
    @Column(name = "alert_id")
    private Long alertId;

    @Id
    @Column(name = "digest_date")
    private LocalDate digestDate;

    @Column(name = "offer_count", nullable = false)
    private int offerCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AlertDigest() {
    }

    public AlertDigest(Long alertId, LocalDate digestDate, int offerCount, Instant createdAt) {
        this.alertId = alertId;
        this.digestDate = digestDate;
        this.offerCount = offerCount;
        this.createdAt = createdAt;
    }

    public int getOfferCount() {
        return offerCount;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long alertId;
        private LocalDate digestDate;

        public Key() {
        }

        public Key(Long alertId, LocalDate digestDate) {
            this.alertId = alertId;
            this.digestDate = digestDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(alertId, k.alertId) && Objects.equals(digestDate, k.digestDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(alertId, digestDate);
        }
    }
}
