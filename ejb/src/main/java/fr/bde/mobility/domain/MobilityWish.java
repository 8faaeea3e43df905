package fr.bde.mobility.domain;

import fr.bde.organisation.domain.Organisation;
import fr.bde.security.domain.AppUser;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A mobility wish (executive or staff): the questionnaire's answers, and the
 * "pending" mark the duplication job clears once the wish's pools are up to date. Deleting a wish
 * marks it deleted and pending: the job removes it from every pool, then removes the row.
 */
@Entity
@Table(name = "mobility_wish")
public class MobilityWish {

    public static final int DIPLOMA_TEXT_MAX = 3000;
    public static final int JOB_TEXT_MAX = 3500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mobility_wish_seq")
    @SequenceGenerator(name = "mobility_wish_seq", sequenceName = "mobility_wish_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private AppUser candidate;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private WishKind kind;

    @Column(name = "last_name", nullable = false, length = WishForm.NAME_MAX)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = WishForm.NAME_MAX)
    private String firstName;

    @Column(name = "email", nullable = false, length = WishForm.EMAIL_MAX)
    private String email;

    @Column(name = "phone", length = WishForm.PHONE_MAX)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "branch_code", nullable = false, length = 20)
    private String branchCode;

    @Column(name = "scheme_code", nullable = false, length = 20)
    private String schemeCode;

    @Column(name = "current_job", nullable = false, length = WishForm.JOB_MAX)
    private String currentJob;

    @Column(name = "current_level", nullable = false, length = WishForm.LEVEL_MAX)
    private String currentLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_category", length = 30)
    private StaffCategory staffCategory;

    @ElementCollection
    @CollectionTable(name = "mobility_wish_diploma", joinColumns = @JoinColumn(name = "wish_id"))
    @OrderColumn(name = "position")
    private List<Diploma> diplomas = new ArrayList<>();

    @Column(name = "trainings", length = WishForm.LONG_TEXT_MAX)
    private String trainings;

    @Column(name = "jobs_held", length = WishForm.LONG_TEXT_MAX)
    private String jobsHeld;

    @Column(name = "target_jobs", nullable = false, length = WishForm.TARGET_JOBS_MAX)
    private String targetJobs;

    @Column(name = "target_functions", length = 200)
    private String targetFunctions;

    @Column(name = "wanted_branches", length = 200)
    private String wantedBranches;

    @Column(name = "wanted_schemes", length = 200)
    private String wantedSchemes;

    @Column(name = "wanted_regions", length = 200)
    private String wantedRegions;

    @Column(name = "wanted_departements", length = 800)
    private String wantedDepartements;

    /** Wanted regions plus the regions of wanted départements: the regions of the wish's pools. */
    @Column(name = "pool_regions", nullable = false, length = 200)
    private String poolRegions;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "visible_outside_general", nullable = false)
    private boolean visibleOutsideGeneralScheme;

    /** Rank of the highest diploma level (education_level.rank_order): the "diploma at least" criterion. */
    @Column(name = "diploma_rank", nullable = false)
    private int diplomaRank;

    @Column(name = "diploma_text", nullable = false, length = DIPLOMA_TEXT_MAX)
    private String diplomaText;

    @Column(name = "job_text", nullable = false, length = JOB_TEXT_MAX)
    private String jobText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "pending", nullable = false)
    private boolean pending;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected MobilityWish() {
    }

    public MobilityWish(AppUser candidate, WishKind kind, Instant now) {
        this.candidate = candidate;
        this.kind = kind;
        this.createdAt = now;
    }

    /**
     * Takes the questionnaire's answers (already checked) and marks the wish for duplication.
     *
     * @param poolRegions  regions of the wanted regions and départements
     * @param levelRanks   rank of each education level code
     */
    public void answer(WishForm form, Organisation currentOrganisation, Set<String> poolRegions,
                       java.util.Map<String, Integer> levelRanks, Instant now) {
        lastName = form.getLastName().strip();
        firstName = form.getFirstName().strip();
        email = form.getEmail().strip().toLowerCase(java.util.Locale.ROOT);
        phone = WishForm.blank(form.getPhone()) ? null : form.getPhone().strip();
        organisation = currentOrganisation;
        branchCode = form.getBranchCode();
        schemeCode = form.getSchemeCode();
        currentJob = form.getCurrentJob().strip();
        currentLevel = form.getCurrentLevel().strip();
        staffCategory = kind == WishKind.STAFF ? form.getStaffCategory() : null;
        diplomas.clear();
        form.filledDiplomas().forEach(d -> diplomas.add(new Diploma(d.getLevelCode(), d.getTitle().strip(), d.getYear())));
        trainings = WishForm.blank(form.getTrainings()) ? null : form.getTrainings().strip();
        jobsHeld = WishForm.blank(form.getJobsHeld()) ? null : form.getJobsHeld().strip();
        targetJobs = form.getTargetJobs().strip();
        targetFunctions = kind == WishKind.EXECUTIVE
                ? CodeList.of(form.getTargetFunctions().stream().map(Enum::name).toList()) : null;
        wantedBranches = CodeList.of(form.getWantedBranches());
        wantedSchemes = CodeList.of(form.getWantedSchemes());
        wantedRegions = CodeList.of(form.getWantedRegions());
        wantedDepartements = CodeList.of(form.getWantedDepartements());
        this.poolRegions = CodeList.of(poolRegions);
        availableFrom = form.getAvailableFrom();
        visibleOutsideGeneralScheme = form.isVisibleOutsideGeneralScheme();
        diplomaRank = diplomas.stream().mapToInt(d -> levelRanks.getOrDefault(d.getLevelCode(), 0)).max().orElse(0);
        diplomaText = SearchText.join(DIPLOMA_TEXT_MAX, diplomas.stream().map(Diploma::getTitle)
                .collect(Collectors.joining(" | ")), trainings);
        jobText = SearchText.join(JOB_TEXT_MAX, currentJob, jobsHeld, targetJobs);
        updatedAt = now;
        pending = true;
    }

    /** Leaves every pool at the next duplication; the owner no longer sees it. */
    public void delete(Instant now) {
        deletedAt = now;
        updatedAt = now;
        pending = true;
    }

    /** What the pool-assignment rule needs. */
    public PoolAssignment.Wish assignmentFacts() {
        return new PoolAssignment.Wish(kind, CodeList.parse(poolRegions), functions(targetFunctions),
                CodeList.parse(wantedSchemes), visibleOutsideGeneralScheme);
    }

    public static Set<ExecutiveFunction> functions(String stored) {
        Set<ExecutiveFunction> set = EnumSet.noneOf(ExecutiveFunction.class);
        CodeList.parse(stored).forEach(f -> set.add(ExecutiveFunction.valueOf(f)));
        return set;
    }

    /** The answers back in a form, to edit them. */
    public WishForm toForm() {
        WishForm form = new WishForm(kind);
        form.setId(id);
        form.setLastName(lastName);
        form.setFirstName(firstName);
        form.setEmail(email);
        form.setPhone(phone);
        form.setOrganisationId(organisation.getId());
        form.setBranchCode(branchCode);
        form.setSchemeCode(schemeCode);
        form.setCurrentJob(currentJob);
        form.setCurrentLevel(currentLevel);
        form.setStaffCategory(staffCategory);
        for (int i = 0; i < diplomas.size() && i < WishForm.DIPLOMA_ROWS; i++) {
            Diploma d = diplomas.get(i);
            form.getDiplomas().set(i, new WishForm.DiplomaLine(d.getLevelCode(), d.getTitle(), d.getYear()));
        }
        form.setTrainings(trainings);
        form.setJobsHeld(jobsHeld);
        form.setTargetJobs(targetJobs);
        form.setTargetFunctions(functions(targetFunctions));
        form.setWantedBranches(CodeList.parse(wantedBranches));
        form.setWantedSchemes(CodeList.parse(wantedSchemes));
        form.setWantedRegions(CodeList.parse(wantedRegions));
        form.setWantedDepartements(CodeList.parse(wantedDepartements));
        form.setAvailableFrom(availableFrom);
        form.setVisibleOutsideGeneralScheme(visibleOutsideGeneralScheme);
        return form;
    }

    public Long getId() {
        return id;
    }

    public AppUser getCandidate() {
        return candidate;
    }

    public WishKind getKind() {
        return kind;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public String getCurrentJob() {
        return currentJob;
    }

    public String getCurrentLevel() {
        return currentLevel;
    }

    public StaffCategory getStaffCategory() {
        return staffCategory;
    }

    public List<Diploma> getDiplomas() {
        return diplomas;
    }

    public String getTrainings() {
        return trainings;
    }

    public String getJobsHeld() {
        return jobsHeld;
    }

    public String getTargetJobs() {
        return targetJobs;
    }

    public String getTargetFunctions() {
        return targetFunctions;
    }

    public String getWantedBranches() {
        return wantedBranches;
    }

    public String getWantedSchemes() {
        return wantedSchemes;
    }

    public String getWantedRegions() {
        return wantedRegions;
    }

    public String getWantedDepartements() {
        return wantedDepartements;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public boolean isVisibleOutsideGeneralScheme() {
        return visibleOutsideGeneralScheme;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isPending() {
        return pending;
    }
}
