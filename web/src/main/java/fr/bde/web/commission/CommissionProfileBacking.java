package fr.bde.web.commission;

import fr.bde.commission.service.CommissionService;
import fr.bde.commission.service.ContactForm;
import fr.bde.commission.service.ProfileDetail;
import fr.bde.common.BusinessException;
import fr.bde.talentpool.domain.AssessmentAxis;
import fr.bde.talentpool.domain.BehaviourTrait;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.CompanyType;
import fr.bde.talentpool.domain.ContractSought;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.JobKind;
import fr.bde.talentpool.domain.MobilityFrequency;
import fr.bde.talentpool.domain.MobilityZone;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.ProfileJob;
import fr.bde.talentpool.domain.ProfileSkill;
import fr.bde.talentpool.domain.ProfileTraining;
import fr.bde.talentpool.domain.SalaryBand;
import fr.bde.talentpool.domain.Situation;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.talentpool.domain.TrainingLink;
import fr.bde.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job seeker's file for the commission (/commission/dossier.xhtml?id=…): the profile's sections
 * (contact details, jobs exercised and documents, situation, interviews and classification) and the
 * employability assessment (5-axis grid and the 5 detail sections), each saved on its own.
 */
@Named
@ViewScoped
public class CommissionProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommissionService commission;

    private Long id;
    private ProfileDetail detail;

    // section 1
    private Civility civility;
    private String lastName;
    private String firstName;
    private String email;
    private String phone;
    private String streetNumber;
    private String street;
    private String postcode;
    private String city;
    private String areaCode;
    // section 2
    private String jobCode;
    private LocalDate jobEndedOn;
    private String trainingLabel;
    private LocalDate trainingValidatedOn;
    private DocumentKind documentKind = DocumentKind.CV;
    private transient Part file;
    // section 3
    private Situation situation;
    private LocalDate situationSince;
    private LocalDate situationEndsOn;
    private LocalDate interviewedOn;
    private String interviewNotes;
    private Classification classification;
    private LocalDate classifiedOn;
    // grid
    private final Map<String, Integer> levels = new HashMap<>();
    private String summary;
    private String[] currentJobs = new String[0];
    // volet 1 and trainings
    private final Map<String, ProficiencyLevel> skills = new LinkedHashMap<>();
    private String newSkill;
    private ProficiencyLevel newSkillLevel;
    private final Map<String, TrainingLink> trainings = new LinkedHashMap<>();
    private String newTraining;
    private TrainingLink newTrainingLink;
    // volet 2
    private BehaviourTrait[] traits = new BehaviourTrait[0];
    private final Map<String, String> mobility = new HashMap<>();
    private boolean relocation;
    private String relocationZones;
    // volet 3
    private ExperienceBand digitalExperience;
    private ExperienceBand otherExperience;
    private ExperienceBand timeWithoutJob;
    private String occupation;
    private LocalDate lastJobEndedOn;
    private Integer internshipMonths;
    // volet 4
    private StudyLevel studyLevel;
    private StudyLevel studyLevelNotValidated;
    private String digitalDiploma;
    private String otherDiploma;
    private String certifications;
    // volet 5
    private CompanyType[] companyTypes = new CompanyType[0];
    private ContractSought[] contracts = new ContractSought[0];
    private Integer availability;
    private String[] targetJobs = new String[0];
    private SalaryBand lastSalary;
    private SalaryBand claimedSalary;
    private SalaryBand minimumSalary;

    /** viewAction: an unknown id answers 404. */
    public void load() {
        if (detail == null) {
            reload();
        }
    }

    private void reload() {
        detail = commission.detail(id);
        TalentProfile p = detail.profile();
        civility = p.getCivility();
        lastName = p.getLastName();
        firstName = p.getFirstName();
        email = p.getEmail();
        phone = p.getPhone();
        streetNumber = p.getStreetNumber();
        street = p.getStreet();
        postcode = p.getPostcode();
        city = p.getCity();
        areaCode = p.getAreaCode();
        situation = p.getSituation();
        situationSince = p.getSituationSince();
        situationEndsOn = p.getSituationEndsOn();
        classification = p.getClassification();
        levels.clear();
        p.getAssessment().forEach((axis, level) -> levels.put(axis.name(), level));
        summary = p.getAssessmentSummary();
        currentJobs = jobs(p, JobKind.CURRENT);
        targetJobs = jobs(p, JobKind.TARGET);
        skills.clear();
        p.getSkills().stream().sorted(Comparator.comparing(ProfileSkill::themeCode).thenComparing(ProfileSkill::skillCode))
                .forEach(s -> skills.put(s.skillCode(), s.level()));
        trainings.clear();
        p.getTrainings().forEach(t -> trainings.put(t.actionCode(), t.link()));
        traits = p.getTraits().toArray(new BehaviourTrait[0]);
        mobility.clear();
        p.getMobility().forEach((zone, frequency) -> mobility.put(zone.name(), frequency.name()));
        relocation = p.isRelocationAccepted();
        relocationZones = p.getRelocationZones();
        digitalExperience = p.getDigitalExperience();
        otherExperience = p.getOtherExperience();
        timeWithoutJob = p.getTimeWithoutJob();
        occupation = p.getOccupationWithoutJob();
        lastJobEndedOn = p.getLastJobEndedOn();
        internshipMonths = p.getInternshipMonths();
        studyLevel = p.getStudyLevel();
        studyLevelNotValidated = p.getStudyLevelNotValidated();
        digitalDiploma = p.getDigitalDiploma();
        otherDiploma = p.getOtherDiploma();
        certifications = p.getCertifications();
        companyTypes = p.getCompanyTypes().toArray(new CompanyType[0]);
        contracts = p.getContractsSought().toArray(new ContractSought[0]);
        availability = p.getAvailabilityPercent();
        lastSalary = p.getLastSalary();
        claimedSalary = p.getClaimedSalary();
        minimumSalary = p.getMinimumSalary();
    }

    private static String[] jobs(TalentProfile p, JobKind kind) {
        return p.getJobs().stream().filter(j -> j.kind() == kind).map(ProfileJob::jobCode).sorted().toArray(String[]::new);
    }

    /** Runs a change, then shows the saved message and the profile as stored, or the refusal beside its field. */
    private void save(String form, String doneKey, Runnable change) {
        try {
            change.run();
            reload();
            Messages.info(doneKey);
        } catch (BusinessException e) {
            Forms.show(form, e);
        }
    }

    public void saveContact() {
        save("contactForm", "commission.saved", () -> commission.updateContact(id, new ContactForm(civility, lastName,
                firstName, email, phone, streetNumber, street, postcode, city, areaCode)));
    }

    public void addJob() {
        save("jobsForm", "commission.job.added", () -> commission.addExercisedJob(id, jobCode, jobEndedOn, trainingLabel,
                trainingValidatedOn));
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            jobCode = null;
            jobEndedOn = null;
            trainingLabel = null;
            trainingValidatedOn = null;
        }
    }

    public void removeJob(Long exercisedJobId) {
        save("jobsForm", "commission.job.removed", () -> commission.removeExercisedJob(id, exercisedJobId));
    }

    public void upload() throws IOException {
        fr.bde.jobapplication.domain.UploadedDocument document = Forms.read(file);
        save("documentsForm", "commission.document.added", () -> commission.addDocument(id, documentKind, document));
    }

    public void removeDocument(Long documentId) {
        save("documentsForm", "commission.document.removed", () -> commission.removeDocument(id, documentId));
    }

    public void saveSituation() {
        save("situationForm", "commission.saved", () -> commission.changeSituation(id, situation, situationSince, situationEndsOn));
    }

    public void addInterview() {
        save("interviewForm", "commission.interview.added", () -> commission.recordInterview(id, interviewedOn, interviewNotes));
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            interviewedOn = null;
            interviewNotes = null;
        }
    }

    public void classify() {
        save("classificationForm", "commission.classified", () -> commission.classify(id, classification, classifiedOn));
    }

    public void withdraw() {
        save("classificationForm", "commission.withdrawn", () -> commission.withdraw(id));
    }

    public void saveGrid() {
        Map<AssessmentAxis, Integer> rated = new EnumMap<>(AssessmentAxis.class);
        levels.forEach((axis, level) -> rated.put(AssessmentAxis.valueOf(axis), level));
        save("gridForm", "commission.saved", () -> {
            commission.assess(id, rated, summary);
            commission.replaceCurrentJobs(id, List.of(currentJobs));
        });
    }

    public void addSkill() {
        if (newSkill == null || newSkillLevel == null) {
            Messages.error("skillsForm:newSkill", "commission.skill.invalid");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Map<String, ProficiencyLevel> next = new LinkedHashMap<>(skills);
        next.put(newSkill, newSkillLevel);
        save("skillsForm", "commission.saved", () -> commission.replaceSkills(id, next));
        newSkill = null;
        newSkillLevel = null;
    }

    public void removeSkill(String code) {
        Map<String, ProficiencyLevel> next = new LinkedHashMap<>(skills);
        next.remove(code);
        save("skillsForm", "commission.saved", () -> commission.replaceSkills(id, next));
    }

    public void addTraining() {
        if (newTraining == null || newTrainingLink == null) {
            Messages.error("trainingsForm:newTraining", "commission.training.invalid");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Map<String, TrainingLink> next = new LinkedHashMap<>(trainings);
        next.put(newTraining, newTrainingLink);
        save("trainingsForm", "commission.saved", () -> commission.replaceTrainings(id, next));
        newTraining = null;
        newTrainingLink = null;
    }

    public void removeTraining(String code) {
        Map<String, TrainingLink> next = new LinkedHashMap<>(trainings);
        next.remove(code);
        save("trainingsForm", "commission.saved", () -> commission.replaceTrainings(id, next));
    }

    public void saveBehaviour() {
        Map<MobilityZone, MobilityFrequency> zones = new EnumMap<>(MobilityZone.class);
        mobility.forEach((zone, frequency) -> {
            if (frequency != null && !frequency.isBlank()) {
                zones.put(MobilityZone.valueOf(zone), MobilityFrequency.valueOf(frequency));
            }
        });
        Set<BehaviourTrait> chosen = traits.length == 0 ? EnumSet.noneOf(BehaviourTrait.class) : EnumSet.copyOf(List.of(traits));
        save("behaviourForm", "commission.saved", () -> commission.describeBehaviourAndMobility(id, chosen, zones, relocation,
                relocationZones));
    }

    public void saveExperience() {
        save("experienceForm", "commission.saved", () -> commission.describeExperience(id, digitalExperience, otherExperience,
                timeWithoutJob, occupation, lastJobEndedOn, internshipMonths));
    }

    public void saveQualification() {
        save("qualificationForm", "commission.saved", () -> commission.describeQualification(id, studyLevel,
                studyLevelNotValidated, digitalDiploma, otherDiploma, certifications));
    }

    public void saveProject() {
        Set<CompanyType> types = companyTypes.length == 0 ? EnumSet.noneOf(CompanyType.class) : EnumSet.copyOf(List.of(companyTypes));
        Set<ContractSought> sought = contracts.length == 0 ? EnumSet.noneOf(ContractSought.class) : EnumSet.copyOf(List.of(contracts));
        save("projectForm", "commission.saved", () -> commission.describeProject(id, types, sought, availability,
                List.of(targetJobs), lastSalary, claimedSalary, minimumSalary));
    }

    /** The profile's skills grouped by theme code, in the referential's theme order. */
    public List<Map.Entry<String, List<ProfileSkill>>> getSkillsByTheme() {
        Map<String, List<ProfileSkill>> grouped = new LinkedHashMap<>();
        detail.profile().getSkills().stream()
                .sorted(Comparator.comparing(ProfileSkill::themeCode).thenComparing(ProfileSkill::skillCode))
                .forEach(s -> grouped.computeIfAbsent(s.themeCode(), k -> new ArrayList<>()).add(s));
        return new ArrayList<>(grouped.entrySet());
    }

    public List<ProfileTraining> getTrainingRows() {
        return detail.profile().getTrainings().stream().sorted(Comparator.comparing(ProfileTraining::actionCode)).toList();
    }

    public String currentJobsLabel() {
        return detail.profile().getCurrentJobsLabel();
    }

    public ProfileDetail getDetail() { return detail; }
    public TalentProfile getProfile() { return detail.profile(); }
    public long getMaxSizeMb() { return Forms.maxSizeMb(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Civility getCivility() { return civility; }
    public void setCivility(Civility civility) { this.civility = civility; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getStreetNumber() { return streetNumber; }
    public void setStreetNumber(String streetNumber) { this.streetNumber = streetNumber; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public String getJobCode() { return jobCode; }
    public void setJobCode(String jobCode) { this.jobCode = jobCode; }
    public LocalDate getJobEndedOn() { return jobEndedOn; }
    public void setJobEndedOn(LocalDate jobEndedOn) { this.jobEndedOn = jobEndedOn; }
    public String getTrainingLabel() { return trainingLabel; }
    public void setTrainingLabel(String trainingLabel) { this.trainingLabel = trainingLabel; }
    public LocalDate getTrainingValidatedOn() { return trainingValidatedOn; }
    public void setTrainingValidatedOn(LocalDate trainingValidatedOn) { this.trainingValidatedOn = trainingValidatedOn; }
    public DocumentKind getDocumentKind() { return documentKind; }
    public void setDocumentKind(DocumentKind documentKind) { this.documentKind = documentKind; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Situation getSituation() { return situation; }
    public void setSituation(Situation situation) { this.situation = situation; }
    public LocalDate getSituationSince() { return situationSince; }
    public void setSituationSince(LocalDate situationSince) { this.situationSince = situationSince; }
    public LocalDate getSituationEndsOn() { return situationEndsOn; }
    public void setSituationEndsOn(LocalDate situationEndsOn) { this.situationEndsOn = situationEndsOn; }
    public LocalDate getInterviewedOn() { return interviewedOn; }
    public void setInterviewedOn(LocalDate interviewedOn) { this.interviewedOn = interviewedOn; }
    public String getInterviewNotes() { return interviewNotes; }
    public void setInterviewNotes(String interviewNotes) { this.interviewNotes = interviewNotes; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
    public LocalDate getClassifiedOn() { return classifiedOn; }
    public void setClassifiedOn(LocalDate classifiedOn) { this.classifiedOn = classifiedOn; }
    public Map<String, Integer> getLevels() { return levels; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String[] getCurrentJobs() { return currentJobs; }
    public void setCurrentJobs(String[] currentJobs) { this.currentJobs = currentJobs; }
    public Map<String, ProficiencyLevel> getSkills() { return skills; }
    public String getNewSkill() { return newSkill; }
    public void setNewSkill(String newSkill) { this.newSkill = newSkill; }
    public ProficiencyLevel getNewSkillLevel() { return newSkillLevel; }
    public void setNewSkillLevel(ProficiencyLevel newSkillLevel) { this.newSkillLevel = newSkillLevel; }
    public String getNewTraining() { return newTraining; }
    public void setNewTraining(String newTraining) { this.newTraining = newTraining; }
    public TrainingLink getNewTrainingLink() { return newTrainingLink; }
    public void setNewTrainingLink(TrainingLink newTrainingLink) { this.newTrainingLink = newTrainingLink; }
    public BehaviourTrait[] getTraits() { return traits; }
    public void setTraits(BehaviourTrait[] traits) { this.traits = traits; }
    public Map<String, String> getMobility() { return mobility; }
    public boolean isRelocation() { return relocation; }
    public void setRelocation(boolean relocation) { this.relocation = relocation; }
    public String getRelocationZones() { return relocationZones; }
    public void setRelocationZones(String relocationZones) { this.relocationZones = relocationZones; }
    public ExperienceBand getDigitalExperience() { return digitalExperience; }
    public void setDigitalExperience(ExperienceBand digitalExperience) { this.digitalExperience = digitalExperience; }
    public ExperienceBand getOtherExperience() { return otherExperience; }
    public void setOtherExperience(ExperienceBand otherExperience) { this.otherExperience = otherExperience; }
    public ExperienceBand getTimeWithoutJob() { return timeWithoutJob; }
    public void setTimeWithoutJob(ExperienceBand timeWithoutJob) { this.timeWithoutJob = timeWithoutJob; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public LocalDate getLastJobEndedOn() { return lastJobEndedOn; }
    public void setLastJobEndedOn(LocalDate lastJobEndedOn) { this.lastJobEndedOn = lastJobEndedOn; }
    public Integer getInternshipMonths() { return internshipMonths; }
    public void setInternshipMonths(Integer internshipMonths) { this.internshipMonths = internshipMonths; }
    public StudyLevel getStudyLevel() { return studyLevel; }
    public void setStudyLevel(StudyLevel studyLevel) { this.studyLevel = studyLevel; }
    public StudyLevel getStudyLevelNotValidated() { return studyLevelNotValidated; }
    public void setStudyLevelNotValidated(StudyLevel studyLevelNotValidated) { this.studyLevelNotValidated = studyLevelNotValidated; }
    public String getDigitalDiploma() { return digitalDiploma; }
    public void setDigitalDiploma(String digitalDiploma) { this.digitalDiploma = digitalDiploma; }
    public String getOtherDiploma() { return otherDiploma; }
    public void setOtherDiploma(String otherDiploma) { this.otherDiploma = otherDiploma; }
    public String getCertifications() { return certifications; }
    public void setCertifications(String certifications) { this.certifications = certifications; }
    public CompanyType[] getCompanyTypes() { return companyTypes; }
    public void setCompanyTypes(CompanyType[] companyTypes) { this.companyTypes = companyTypes; }
    public ContractSought[] getContracts() { return contracts; }
    public void setContracts(ContractSought[] contracts) { this.contracts = contracts; }
    public Integer getAvailability() { return availability; }
    public void setAvailability(Integer availability) { this.availability = availability; }
    public String[] getTargetJobs() { return targetJobs; }
    public void setTargetJobs(String[] targetJobs) { this.targetJobs = targetJobs; }
    public SalaryBand getLastSalary() { return lastSalary; }
    public void setLastSalary(SalaryBand lastSalary) { this.lastSalary = lastSalary; }
    public SalaryBand getClaimedSalary() { return claimedSalary; }
    public void setClaimedSalary(SalaryBand claimedSalary) { this.claimedSalary = claimedSalary; }
    public SalaryBand getMinimumSalary() { return minimumSalary; }
    public void setMinimumSalary(SalaryBand minimumSalary) { this.minimumSalary = minimumSalary; }
}
