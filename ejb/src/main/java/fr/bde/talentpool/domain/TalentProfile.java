package fr.bde.talentpool.domain;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A job seeker's file in the SAR talent pool (seed 002, "fiche Profil"): identity and contact
 * details, jobs, documents, situation, classification and the commission's employability
 * assessment (5-axis grid and the 5 detail sections). It is in the pool once classified and not
 * withdrawn. Search columns (name, current jobs label, skill themes) are kept here in step with
 * the data they copy, so the pool search reads indexes only.
 */
@Entity
@Table(name = "sar_profile")
public class TalentProfile {

    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_profile_seq")
    @SequenceGenerator(name = "sar_profile_seq", sequenceName = "sar_profile_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private ProfileOrigin origin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_contact_id")
    private PartnerContact partnerContact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposing_company_id")
    private Company proposingCompany;

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_status", nullable = false, length = 20)
    private SubmissionStatus submissionStatus;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "civility", nullable = false, length = 10)
    private Civility civility;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    /** Lower-case "last first", for the name filter and the type-ahead. */
    @Column(name = "search_name", nullable = false, length = 2 * NAME_MAX + 1)
    private String searchName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "street_number", length = 10)
    private String streetNumber;

    @Column(name = "street", length = 200)
    private String street;

    @Column(name = "postcode", length = 10)
    private String postcode;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "area_code", length = 20)
    private String areaCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation", nullable = false, length = 30)
    private Situation situation = Situation.JOB_SEEKING;

    @Column(name = "situation_since")
    private LocalDate situationSince;

    @Column(name = "situation_ends_on")
    private LocalDate situationEndsOn;

    /** The day the situation last changed (pool filter on the situation change date). */
    @Column(name = "situation_changed_on")
    private LocalDate situationChangedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", length = 20)
    private Classification classification;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    @Column(name = "in_pool", nullable = false)
    private boolean inPool;

    @Column(name = "skills_level")
    private Integer skillsLevel;

    @Column(name = "behaviour_level")
    private Integer behaviourLevel;

    @Column(name = "experience_level")
    private Integer experienceLevel;

    @Column(name = "qualification_level")
    private Integer qualificationLevel;

    @Column(name = "project_level")
    private Integer projectLevel;

    @Column(name = "assessment_summary", length = TEXT_MAX)
    private String assessmentSummary;

    @Column(name = "relocation_accepted", nullable = false)
    private boolean relocationAccepted;

    @Column(name = "relocation_zones", length = 500)
    private String relocationZones;

    @Enumerated(EnumType.STRING)
    @Column(name = "digital_experience", length = 20)
    private ExperienceBand digitalExperience;

    @Enumerated(EnumType.STRING)
    @Column(name = "other_experience", length = 20)
    private ExperienceBand otherExperience;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_without_job", length = 20)
    private ExperienceBand timeWithoutJob;

    @Column(name = "occupation_without_job", length = 200)
    private String occupationWithoutJob;

    @Column(name = "last_job_ended_on")
    private LocalDate lastJobEndedOn;

    @Column(name = "internship_months")
    private Integer internshipMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "study_level", length = 20)
    private StudyLevel studyLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "study_level_not_validated", length = 20)
    private StudyLevel studyLevelNotValidated;

    @Column(name = "digital_diploma", length = 200)
    private String digitalDiploma;

    @Column(name = "other_diploma", length = 200)
    private String otherDiploma;

    @Column(name = "certifications", length = 1000)
    private String certifications;

    @Column(name = "availability_percent")
    private Integer availabilityPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_salary", length = 20)
    private SalaryBand lastSalary;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimed_salary", length = 20)
    private SalaryBand claimedSalary;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_salary", length = 20)
    private SalaryBand minimumSalary;

    /** Labels of the CURRENT jobs, comma-separated, for the result list (set by {@link #replaceJobs}). */
    @Column(name = "current_jobs_label", length = 1000)
    private String currentJobsLabel;

    @ElementCollection
    @CollectionTable(name = "sar_profile_job", joinColumns = @JoinColumn(name = "profile_id"))
    private Set<ProfileJob> jobs = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "sar_profile_skill", joinColumns = @JoinColumn(name = "profile_id"))
    private Set<ProfileSkill> skills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "sar_profile_training", joinColumns = @JoinColumn(name = "profile_id"))
    private Set<ProfileTraining> trainings = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "sar_profile_trait", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "trait", length = 30)
    private Set<BehaviourTrait> traits = EnumSet.noneOf(BehaviourTrait.class);

    @ElementCollection
    @CollectionTable(name = "sar_profile_mobility", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "zone", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", length = 30)
    private Map<MobilityZone, MobilityFrequency> mobility = new EnumMap<>(MobilityZone.class);

    @ElementCollection
    @CollectionTable(name = "sar_profile_company_type", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "company_type", length = 30)
    private Set<CompanyType> companyTypes = EnumSet.noneOf(CompanyType.class);

    @ElementCollection
    @CollectionTable(name = "sar_profile_contract_sought", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "contract", length = 30)
    private Set<ContractSought> contractsSought = EnumSet.noneOf(ContractSought.class);

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected TalentProfile() {
    }

    /** A job seeker submitted by an employment partner through one of its contacts. */
    public static TalentProfile submittedBy(PartnerContact contact, Civility civility, String lastName, String firstName,
                                            Instant submittedAt) {
        TalentProfile profile = new TalentProfile(ProfileOrigin.PARTNER, civility, lastName, firstName, submittedAt);
        profile.partner = contact.getPartner();
        profile.partnerContact = contact;
        profile.submissionStatus = SubmissionStatus.SUBMITTED;
        return profile;
    }

    /** A trainee proposed by a company outside the pool: a draft until the company finalises it. */
    public static TalentProfile proposedBy(Company company, Civility civility, String lastName, String firstName,
                                           Instant createdAt) {
        TalentProfile profile = new TalentProfile(ProfileOrigin.COMPANY, civility, lastName, firstName, createdAt);
        profile.proposingCompany = company;
        profile.submissionStatus = SubmissionStatus.DRAFT;
        return profile;
    }

    private TalentProfile(ProfileOrigin origin, Civility civility, String lastName, String firstName, Instant submittedAt) {
        this.origin = origin;
        this.submittedAt = submittedAt;
        rename(civility, lastName, firstName);
    }

    public final void rename(Civility civility, String lastName, String firstName) {
        this.civility = civility;
        this.lastName = lastName.strip();
        this.firstName = firstName.strip();
        this.searchName = searchKey(this.lastName + " " + this.firstName);
    }

    /** The lower-case form names are searched by. */
    public static String searchKey(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public void changeContactDetails(String email, String phone, String streetNumber, String street, String postcode,
                                     String city, String areaCode) {
        this.email = email;
        this.phone = phone;
        this.streetNumber = streetNumber;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.areaCode = areaCode;
    }

    /** A new situation: the change day feeds the pool filter on the situation change date. */
    public void changeSituation(Situation situation, LocalDate since, LocalDate endsOn, LocalDate changedOn) {
        this.situation = situation;
        this.situationSince = since;
        this.situationEndsOn = situation.isTemporary() ? endsOn : null;
        this.situationChangedOn = changedOn;
    }

    /** The commission's classification publishes the profile in the pool. */
    public void classify(Classification classification, Instant classifiedAt) {
        this.classification = classification;
        this.classifiedAt = classifiedAt;
        this.submissionStatus = SubmissionStatus.CLASSIFIED;
        this.inPool = true;
    }

    public void markInterviewed() {
        if (submissionStatus == SubmissionStatus.SUBMITTED) {
            submissionStatus = SubmissionStatus.INTERVIEWED;
        }
    }

    /** Out of the pool (found a job for good, asked to leave): sheets stay in the portfolios. */
    public void withdraw() {
        this.inPool = false;
        this.submissionStatus = SubmissionStatus.WITHDRAWN;
    }

    /** The 5-axis grid, levels 1..6 (null when an axis is not rated yet). */
    public void assess(Map<AssessmentAxis, Integer> levels, String summary) {
        for (Integer level : levels.values()) {
            if (level != null && !AssessmentAxis.isLevel(level)) {
                throw new IllegalArgumentException("level " + level);
            }
        }
        this.skillsLevel = levels.get(AssessmentAxis.SKILLS);
        this.behaviourLevel = levels.get(AssessmentAxis.BEHAVIOUR);
        this.experienceLevel = levels.get(AssessmentAxis.SECTOR_EXPERIENCE);
        this.qualificationLevel = levels.get(AssessmentAxis.QUALIFICATION);
        this.projectLevel = levels.get(AssessmentAxis.PROFESSIONAL_PROJECT);
        this.assessmentSummary = summary;
    }

    public Map<AssessmentAxis, Integer> getAssessment() {
        Map<AssessmentAxis, Integer> levels = new EnumMap<>(AssessmentAxis.class);
        putIfRated(levels, AssessmentAxis.SKILLS, skillsLevel);
        putIfRated(levels, AssessmentAxis.BEHAVIOUR, behaviourLevel);
        putIfRated(levels, AssessmentAxis.SECTOR_EXPERIENCE, experienceLevel);
        putIfRated(levels, AssessmentAxis.QUALIFICATION, qualificationLevel);
        putIfRated(levels, AssessmentAxis.PROFESSIONAL_PROJECT, projectLevel);
        return levels;
    }

    private static void putIfRated(Map<AssessmentAxis, Integer> levels, AssessmentAxis axis, Integer level) {
        if (level != null) {
            levels.put(axis, level);
        }
    }

    /** Replaces the jobs of one kind; CURRENT ones also refresh the label shown in the pool list. */
    public void replaceJobs(JobKind kind, List<Job> newJobs) {
        jobs.removeIf(j -> j.kind() == kind);
        newJobs.forEach(j -> jobs.add(new ProfileJob(kind, j.getCode())));
        if (kind == JobKind.CURRENT) {
            currentJobsLabel = String.join(", ", newJobs.stream().map(Job::getLabel).toList());
        }
    }

    public void replaceSkills(Map<Skill, ProficiencyLevel> newSkills) {
        skills.clear();
        newSkills.forEach((skill, level) -> skills.add(new ProfileSkill(skill.getCode(), skill.getThemeCode(), level)));
    }

    public void replaceTrainings(Collection<ProfileTraining> newTrainings) {
        trainings.clear();
        trainings.addAll(newTrainings);
    }

    /** Volet 2: traits, mobility by zone, relocation. */
    public void describeBehaviourAndMobility(Set<BehaviourTrait> newTraits, Map<MobilityZone, MobilityFrequency> newMobility,
                                             boolean relocationAccepted, String relocationZones) {
        traits.clear();
        traits.addAll(newTraits);
        mobility.clear();
        mobility.putAll(newMobility);
        this.relocationAccepted = relocationAccepted;
        this.relocationZones = relocationAccepted ? relocationZones : null;
    }

    /** Volet 3: experience. */
    public void describeExperience(ExperienceBand digital, ExperienceBand other, ExperienceBand withoutJob,
                                   String occupationWithoutJob, LocalDate lastJobEndedOn, Integer internshipMonths) {
        this.digitalExperience = digital;
        this.otherExperience = other;
        this.timeWithoutJob = withoutJob;
        this.occupationWithoutJob = occupationWithoutJob;
        this.lastJobEndedOn = lastJobEndedOn;
        this.internshipMonths = internshipMonths;
    }

    /** Volet 4: qualifications. */
    public void describeQualification(StudyLevel validated, StudyLevel notValidated, String digitalDiploma,
                                      String otherDiploma, String certifications) {
        this.studyLevel = validated;
        this.studyLevelNotValidated = notValidated;
        this.digitalDiploma = digitalDiploma;
        this.otherDiploma = otherDiploma;
        this.certifications = certifications;
    }

    /** Volet 5: professional project (target jobs are the TARGET jobs). */
    public void describeProject(Set<CompanyType> types, Set<ContractSought> contracts, Integer availabilityPercent,
                                SalaryBand last, SalaryBand claimed, SalaryBand minimum) {
        companyTypes.clear();
        companyTypes.addAll(types);
        contractsSought.clear();
        contractsSought.addAll(contracts);
        this.availabilityPercent = availabilityPercent;
        this.lastSalary = last;
        this.claimedSalary = claimed;
        this.minimumSalary = minimum;
    }

    public Long getId() { return id; }
    public ProfileOrigin getOrigin() { return origin; }
    public Partner getPartner() { return partner; }
    public PartnerContact getPartnerContact() { return partnerContact; }
    public Company getProposingCompany() { return proposingCompany; }
    public SubmissionStatus getSubmissionStatus() { return submissionStatus; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Civility getCivility() { return civility; }
    public String getLastName() { return lastName; }
    public String getFirstName() { return firstName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getStreetNumber() { return streetNumber; }
    public String getStreet() { return street; }
    public String getPostcode() { return postcode; }
    public String getCity() { return city; }
    public String getAreaCode() { return areaCode; }
    public Situation getSituation() { return situation; }
    public LocalDate getSituationSince() { return situationSince; }
    public LocalDate getSituationEndsOn() { return situationEndsOn; }
    public LocalDate getSituationChangedOn() { return situationChangedOn; }
    public Classification getClassification() { return classification; }
    public Instant getClassifiedAt() { return classifiedAt; }
    public boolean isInPool() { return inPool; }
    public String getAssessmentSummary() { return assessmentSummary; }
    public boolean isRelocationAccepted() { return relocationAccepted; }
    public String getRelocationZones() { return relocationZones; }
    public ExperienceBand getDigitalExperience() { return digitalExperience; }
    public ExperienceBand getOtherExperience() { return otherExperience; }
    public ExperienceBand getTimeWithoutJob() { return timeWithoutJob; }
    public String getOccupationWithoutJob() { return occupationWithoutJob; }
    public LocalDate getLastJobEndedOn() { return lastJobEndedOn; }
    public Integer getInternshipMonths() { return internshipMonths; }
    public StudyLevel getStudyLevel() { return studyLevel; }
    public StudyLevel getStudyLevelNotValidated() { return studyLevelNotValidated; }
    public String getDigitalDiploma() { return digitalDiploma; }
    public String getOtherDiploma() { return otherDiploma; }
    public String getCertifications() { return certifications; }
    public Integer getAvailabilityPercent() { return availabilityPercent; }
    public SalaryBand getLastSalary() { return lastSalary; }
    public SalaryBand getClaimedSalary() { return claimedSalary; }
    public SalaryBand getMinimumSalary() { return minimumSalary; }
    public String getCurrentJobsLabel() { return currentJobsLabel; }
    public Set<ProfileJob> getJobs() { return Set.copyOf(jobs); }
    public Set<ProfileSkill> getSkills() { return Set.copyOf(skills); }
    public Set<ProfileTraining> getTrainings() { return Set.copyOf(trainings); }
    public Set<BehaviourTrait> getTraits() { return traits.isEmpty() ? EnumSet.noneOf(BehaviourTrait.class) : EnumSet.copyOf(traits); }
    public Map<MobilityZone, MobilityFrequency> getMobility() { return Map.copyOf(mobility); }
    public Set<CompanyType> getCompanyTypes() { return Set.copyOf(companyTypes); }
    public Set<ContractSought> getContractsSought() { return Set.copyOf(contractsSought); }

    /** "Monsieur DELEAN Julien": civility label is for the screen; here last and first names. */
    public String getFullName() {
        return lastName.toUpperCase(Locale.ROOT) + " " + firstName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TalentProfile other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return TalentProfile.class.hashCode();
    }
}
