package fr.bde.offer.domain;

import fr.bde.common.HtmlSanitizer;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.ContractType;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
import fr.bde.referential.domain.NationalFund;
import fr.bde.referential.domain.QualificationLevel;
import fr.bde.referential.domain.Region;
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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A vacancy (offre d'emploi). Indexed for the public search: the fields a result line shows
 * are projectable so that a page of results is served from the index alone.
 */
@Entity
@Table(name = "job_offer")
@Indexed(index = "offer")
public class JobOffer {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int SALARY_MAX = 100;
    static final int SUMMARY_LENGTH = 280;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_offer_seq")
    @SequenceGenerator(name = "job_offer_seq", sequenceName = "job_offer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "reference", nullable = false, unique = true, length = OfferReference.MAX_LENGTH)
    @KeywordField(projectable = Projectable.YES, sortable = Sortable.YES)
    private String reference;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    @FullTextField(analyzer = "french", projectable = Projectable.YES)
    @KeywordField(name = "titleSort", normalizer = "sort", sortable = Sortable.YES, searchable = Searchable.NO)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    @IndexedEmbedded(includePaths = {"id", "name", "nameKeyword"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Organisation organisation;

    @Column(name = "executive", nullable = false)
    private boolean executive;

    /** Set when the post goes through the careers committee; fixed at creation, like the reference. */
    @Enumerated(EnumType.STRING)
    @Column(name = "careers_committee_post", length = 40)
    private CareersCommitteePost careersCommitteePost;

    /** The national fund that approves a careers-committee offer of a multibranch organisation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "national_fund_code")
    private NationalFund nationalFund;

    /** Starts at 1; a new version is made when an approved or published offer is edited. */
    @Column(name = "content_version", nullable = false)
    private int contentVersion = 1;

    /** An approval counts only for this content version or a later one. */
    @Column(name = "approval_min_version", nullable = false)
    private int approvalMinVersion = 1;

    /** The year of the EN3S period during which the rule applied to this offer; null if it never did. */
    @Column(name = "en3s_year")
    private Integer en3sYear;

    /** EN3S's answer to the latest request about this offer; null when none was made (or it was withdrawn). */
    @Enumerated(EnumType.STRING)
    @Column(name = "en3s_answer", length = 20)
    private En3sAnswer en3sAnswer;

    /** When EN3S gave that answer. */
    @Column(name = "en3s_answered_at")
    private Instant en3sAnsweredAt;

    /** The first publication ever: unlike {@link #publishedAt}, kept when the offer is withdrawn. */
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    /** Show the salary on institutional sites too (it always shows where it is required). */
    @Column(name = "show_salary", nullable = false)
    private boolean showSalary;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 20)
    private CloseReason closedReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Posts to fill: hiring that many candidates closes the offer as filled. */
    @Column(name = "posts_count", nullable = false)
    private int postsCount = 1;

    /** Only the named members of the operational team see and handle the applications. */
    @Column(name = "selection_restricted", nullable = false)
    private boolean selectionRestricted;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_type_code")
    @IndexedEmbedded(includePaths = {"code", "label"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private ContractType contractType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "departement_code")
    @IndexedEmbedded(includePaths = {"code", "name"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Departement departement;

    /** Derived from the département; kept as a column for filtering without a join. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    @IndexedEmbedded(includePaths = {"code", "name"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Region region;

    /** Sanitised HTML (rich text typed by the recruiter). */
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "description_html", nullable = false, length = DESCRIPTION_MAX)
    private String descriptionHtml;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "qualification_level_code")
    @IndexedEmbedded(includePaths = {"code"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private QualificationLevel qualificationLevel;

    /** Remote work possible (remote work): a search and alert criterion. */
    @Column(name = "remote_work", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private boolean remoteWork;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "education_level_code")
    private EducationLevel educationLevel;

    @Size(max = SALARY_MAX)
    @Column(name = "salary", length = SALARY_MAX)
    private String salary;

    @Column(name = "closing_date")
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private LocalDate closingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    @KeywordField
    private OfferStatus status = OfferStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected JobOffer() {
    }

    public JobOffer(OfferReference reference, Organisation organisation, String createdBy, Instant now) {
        this(reference, null, organisation, createdBy, now);
    }

    public JobOffer(OfferReference reference, CareersCommitteePost careersCommitteePost, Organisation organisation,
                    String createdBy, Instant now) {
        this.reference = reference.value();
        this.executive = reference.isExecutive();
        this.careersCommitteePost = careersCommitteePost;
        this.organisation = organisation;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the editable content; the description is sanitised here, whatever the caller. */
    public void describe(String title, ContractType contractType, Departement departement,
                         String descriptionHtml, QualificationLevel qualificationLevel,
                         EducationLevel educationLevel, String salary, LocalDate closingDate, Instant now) {
        if (status == OfferStatus.CLOSED) {
            throw new IllegalStateException("A closed offer cannot be edited: " + reference);
        }
        this.title = title == null ? null : title.strip();
        this.contractType = contractType;
        this.departement = departement;
        this.region = departement.getRegion();
        this.descriptionHtml = HtmlSanitizer.sanitize(descriptionHtml);
        this.qualificationLevel = qualificationLevel;
        this.educationLevel = educationLevel;
        this.salary = salary == null || salary.isBlank() ? null : salary.strip();
        this.closingDate = closingDate;
        this.updatedAt = now;
    }

    /** The content as codes, to compare versions. */
    public OfferContent content() {
        return new OfferContent(title, descriptionHtml, code(contractType), code(departement),
                code(qualificationLevel), code(educationLevel), salary, closingDate);
    }

    private static String code(fr.bde.referential.domain.ReferentialEntity entity) {
        return entity == null ? null : entity.getCode();
    }

    /** Edits after an approval was asked for or given make a new version. */
    public void newVersion(boolean reapprovalRequired, Instant now) {
        this.contentVersion++;
        if (reapprovalRequired) {
            this.approvalMinVersion = contentVersion;
        }
        if (reapprovalRequired && (status == OfferStatus.APPROVED || status == OfferStatus.REFUSED)) {
            this.status = OfferStatus.DRAFT;
        }
        this.updatedAt = now;
    }

    public void markApprovalRequested(Instant now) {
        moveTo(OfferStatus.PENDING_APPROVAL, now);
    }

    public void markApproved(Instant now) {
        moveTo(OfferStatus.APPROVED, now);
    }

    public void markRefused(Instant now) {
        moveTo(OfferStatus.REFUSED, now);
    }

    /** Back to where it was before approval was asked (a cancelled process). */
    public void markDraft(Instant now) {
        moveTo(OfferStatus.DRAFT, now);
    }

    public void markPublished(Instant now) {
        moveTo(OfferStatus.PUBLISHED, now);
        if (publishedAt == null) {
            this.publishedAt = now;
        }
        if (firstPublishedAt == null) {
            this.firstPublishedAt = now;
        }
    }

    /** Withdrawn from every channel: approved if it had been, otherwise a draft again. */
    public void markUnpublished(boolean approved, Instant now) {
        moveTo(approved ? OfferStatus.APPROVED : OfferStatus.DRAFT, now);
        this.publishedAt = null;
    }

    public void close(CloseReason reason, Instant now) {
        moveTo(OfferStatus.CLOSED, now);
        this.closedReason = reason;
        this.closedAt = now;
    }

    public void subjectToEn3s(int year) {
        this.en3sYear = year;
    }

    /** EN3S's answer to the latest request (null: no request stands), and when it was given. */
    public void followEn3s(En3sAnswer answer, Instant answeredAt) {
        this.en3sAnswer = answer;
        this.en3sAnsweredAt = answer == null || answer == En3sAnswer.PENDING ? null : answeredAt;
    }

    public void setShowSalary(boolean showSalary) {
        this.showSalary = showSalary;
    }

    public void setNationalFund(NationalFund nationalFund) {
        this.nationalFund = nationalFund;
    }

    private void moveTo(OfferStatus next, Instant now) {
        if (status == OfferStatus.CLOSED) {
            throw new IllegalStateException("A closed offer does not change: " + reference);
        }
        this.status = next;
        this.updatedAt = now;
    }

    public void setPostsCount(int postsCount) {
        if (postsCount < 1) {
            throw new IllegalArgumentException("posts " + postsCount);
        }
        this.postsCount = postsCount;
    }

    public int getPostsCount() {
        return postsCount;
    }

    public void setSelectionRestricted(boolean selectionRestricted) {
        this.selectionRestricted = selectionRestricted;
    }

    public boolean isSelectionRestricted() {
        return selectionRestricted;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isExecutive() {
        return executive;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public Departement getDepartement() {
        return departement;
    }

    public Region getRegion() {
        return region;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    @Transient
    @FullTextField(name = "description", analyzer = "french")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "descriptionHtml")))
    public String getDescriptionText() {
        return HtmlSanitizer.toPlainText(descriptionHtml);
    }

    /** The employer's branch, so that a search or an alert can filter on it. */
    @Transient
    @KeywordField(name = "branchCode")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisation")))
    public String getBranchCode() {
        return organisation == null ? null : organisation.getType().getBranch().getCode();
    }

    public boolean isRemoteWork() {
        return remoteWork;
    }

    public void setRemoteWork(boolean remoteWork) {
        this.remoteWork = remoteWork;
    }

    /** The first words of the description, shown in result lists. */
    @Transient
    @GenericField(name = "summary", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "descriptionHtml")))
    public String getSummary() {
        String text = getDescriptionText().replace('\n', ' ');
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + " …";
    }

    public QualificationLevel getQualificationLevel() {
        return qualificationLevel;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public String getSalary() {
        return salary;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public CareersCommitteePost getCareersCommitteePost() {
        return careersCommitteePost;
    }

    public boolean isCareersCommittee() {
        return careersCommitteePost != null;
    }

    public NationalFund getNationalFund() {
        return nationalFund;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public int getApprovalMinVersion() {
        return approvalMinVersion;
    }

    public Integer getEn3sYear() {
        return en3sYear;
    }

    public En3sAnswer getEn3sAnswer() {
        return en3sAnswer;
    }

    public Instant getEn3sAnsweredAt() {
        return en3sAnsweredAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public boolean isShowSalary() {
        return showSalary;
    }

    public CloseReason getClosedReason() {
        return closedReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isPublished() {
        return status == OfferStatus.PUBLISHED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobOffer other && Objects.equals(reference, other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }
}
