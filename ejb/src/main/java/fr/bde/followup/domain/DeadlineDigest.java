package fr.bde.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One deadline digest sent to a recruiter on a day (the job's idempotence record). */
@Entity
@Table(name = "sar_deadline_digest")
@IdClass(DeadlineDigest.Key.class)
public class DeadlineDigest {

    /** Composite key (recruiter, day). */
    public static class Key implements Serializable {
        private Long recruiterId;
        private LocalDate digestDate;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(recruiterId, k.recruiterId)
                    && java.util.Objects.equals(digestDate, k.digestDate);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(recruiterId, digestDate);
        }
    }

    @Id
    @Column(name = "recruiter_id")
    private Long recruiterId;

    @Id
    @Column(name = "digest_date")
    private LocalDate digestDate;

    @Column(name = "sheet_count", nullable = false)
    private int sheetCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DeadlineDigest() {
    }

    public DeadlineDigest(Long recruiterId, LocalDate digestDate, int sheetCount, Instant createdAt) {
        this.recruiterId = recruiterId;
        this.digestDate = digestDate;
        this.sheetCount = sheetCount;
        this.createdAt = createdAt;
    }
}
