package fr.bde.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The content of an offer as it was before an approved or published offer was edited: what the
 * approvers approved stays readable, and the new version says whether it needs re-approval.
 */
@Entity
@Table(name = "offer_version")
public class OfferVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_version_seq")
    @SequenceGenerator(name = "offer_version_seq", sequenceName = "offer_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = JobOffer.TITLE_MAX)
    private String title;

    @Column(name = "description_html", nullable = false, length = JobOffer.DESCRIPTION_MAX)
    private String descriptionHtml;

    @Column(name = "contract_type_code", nullable = false)
    private String contractTypeCode;

    @Column(name = "departement_code", nullable = false)
    private String departementCode;

    @Column(name = "qualification_level_code")
    private String qualificationLevelCode;

    @Column(name = "education_level_code")
    private String educationLevelCode;

    @Column(name = "salary")
    private String salary;

    @Column(name = "closing_date")
    private LocalDate closingDate;

    /** Whether the version that replaced this one needed a new approval. */
    @Column(name = "reapproval_required", nullable = false)
    private boolean reapprovalRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected OfferVersion() {
    }

    public OfferVersion(JobOffer offer, OfferContent content, boolean reapprovalRequired, String createdBy, Instant now) {
        this.offer = offer;
        this.number = offer.getContentVersion();
        this.title = content.title();
        this.descriptionHtml = content.descriptionHtml();
        this.contractTypeCode = content.contractTypeCode();
        this.departementCode = content.departementCode();
        this.qualificationLevelCode = content.qualificationLevelCode();
        this.educationLevelCode = content.educationLevelCode();
        this.salary = content.salary();
        this.closingDate = content.closingDate();
        this.reapprovalRequired = reapprovalRequired;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public String getQualificationLevelCode() {
        return qualificationLevelCode;
    }

    public String getSalary() {
        return salary;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public boolean isReapprovalRequired() {
        return reapprovalRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
