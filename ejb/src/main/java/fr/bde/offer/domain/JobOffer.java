package fr.bde.offer.domain;

import fr.bde.common.HtmlSanitizer;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.ContractType;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
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
    private QualificationLevel qualificationLevel;

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
        this.reference = reference.value();
        this.executive = reference.isExecutive();
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

    public void markPublished(Instant now) {
        this.status = OfferStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
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
