package fr.bde.trainingneed.domain;

import fr.bde.security.domain.AppUser;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A company's pre-recruitment training need (seed 002), with the candidates linked to it. */
@Entity
@Table(name = "sar_training_need")
public class TrainingNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_training_need_seq")
    @SequenceGenerator(name = "sar_training_need_seq", sequenceName = "sar_training_need_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private AppUser createdBy;

    @Column(name = "action_code", length = 20)
    private String actionCode;

    @Column(name = "job_code", length = 20)
    private String jobCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "wished_start")
    private LocalDate wishedStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TrainingNeedStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "sar_training_need_candidate", joinColumns = @JoinColumn(name = "need_id"),
            inverseJoinColumns = @JoinColumn(name = "profile_id"))
    private Set<TalentProfile> candidates = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected TrainingNeed() {
    }

    public TrainingNeed(Company company, AppUser createdBy, String title, int places, Instant now) {
        this.company = company;
        this.createdBy = createdBy;
        this.title = title;
        this.places = places;
        this.status = TrainingNeedStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String actionCode, String jobCode, String title, String description, int places,
                         LocalDate wishedStart, Instant now) {
        this.actionCode = actionCode;
        this.jobCode = jobCode;
        this.title = title;
        this.description = description;
        this.places = places;
        this.wishedStart = wishedStart;
        this.updatedAt = now;
    }

    public void changeStatus(TrainingNeedStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public void link(TalentProfile profile) {
        candidates.add(profile);
    }

    public void unlink(TalentProfile profile) {
        candidates.remove(profile);
    }

    public Long getId() { return id; }
    public Company getCompany() { return company; }
    public AppUser getCreatedBy() { return createdBy; }
    public String getActionCode() { return actionCode; }
    public String getJobCode() { return jobCode; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public int getPlaces() { return places; }
    public LocalDate getWishedStart() { return wishedStart; }
    public TrainingNeedStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<TalentProfile> getCandidates() { return Set.copyOf(candidates); }
}
