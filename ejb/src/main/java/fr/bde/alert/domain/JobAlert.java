package fr.bde.alert.domain;

import fr.bde.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A candidate's saved search (alerte), mailed once a day with the offers published since the
 * previous digest, until the last day of its period.
 */
@Entity
@Table(name = "job_alert")
public class JobAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_alert_seq")
    @SequenceGenerator(name = "job_alert_seq", sequenceName = "job_alert_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private AppUser candidate;

    @Column(name = "keywords", length = AlertCriteria.KEYWORDS_MAX)
    private String keywords;

    @Column(name = "region_code", length = 3)
    private String regionCode;

    @Column(name = "departement_code", length = 3)
    private String departementCode;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "branch_code", length = 20)
    private String branchCode;

    @Column(name = "contract_type_code", length = 30)
    private String contractTypeCode;

    @Column(name = "qualification_level_code", length = 20)
    private String qualificationLevelCode;

    @Column(name = "remote_only", nullable = false)
    private boolean remoteOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "period", nullable = false, length = 20)
    private AlertPeriod period;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** Offers published up to this instant were already considered by a digest. */
    @Column(name = "last_digest_at", nullable = false)
    private Instant lastDigestAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected JobAlert() {
    }

    public JobAlert(AppUser candidate, AlertCriteria criteria, AlertPeriod period, Instant now, LocalDate today) {
        this.candidate = candidate;
        this.keywords = criteria.keywords();
        this.regionCode = criteria.regionCode();
        this.departementCode = criteria.departementCode();
        this.organisationId = criteria.organisationId();
        this.branchCode = criteria.branchCode();
        this.contractTypeCode = criteria.contractTypeCode();
        this.qualificationLevelCode = criteria.qualificationLevelCode();
        this.remoteOnly = criteria.remoteOnly();
        this.createdAt = now;
        this.lastDigestAt = now;
        this.period = period;
        this.endsOn = period.endFrom(today);
    }

    public AlertCriteria criteria() {
        return new AlertCriteria(keywords, regionCode, departementCode, organisationId, branchCode, contractTypeCode,
                qualificationLevelCode, remoteOnly);
    }

    /** A new period starting today; an ended alert mails again from now on, never the offers of its silent days. */
    public void renew(AlertPeriod period, LocalDate today, Instant now) {
        if (!isActiveOn(today)) {
            lastDigestAt = now;
        }
        this.period = period;
        this.endsOn = period.endFrom(today);
    }

    /** Whether the alert still mails on that day (its period includes its last day). */
    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(endsOn);
    }

    /** The next digest covers offers published after {@code cutoff}. */
    public void digested(Instant cutoff) {
        if (cutoff.isAfter(lastDigestAt)) {
            lastDigestAt = cutoff;
        }
    }

    public boolean isOwnedBy(AppUser user) {
        return candidate.getId().equals(user.getId());
    }

    public Long getId() {
        return id;
    }

    public AppUser getCandidate() {
        return candidate;
    }

    public AlertPeriod getPeriod() {
        return period;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }
}
