package fr.bde.commission.service;

import fr.bde.commission.domain.ClassificationRule;
import fr.bde.commission.domain.ExercisedJob;
import fr.bde.commission.domain.SituationRule;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import fr.bde.talentpool.domain.AssessmentAxis;
import fr.bde.talentpool.domain.BehaviourTrait;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.CompanyType;
import fr.bde.talentpool.domain.ContractSought;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.EmploymentArea;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.Interview;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.JobKind;
import fr.bde.talentpool.domain.MobilityFrequency;
import fr.bde.talentpool.domain.MobilityZone;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.ProfileDocument;
import fr.bde.talentpool.domain.ProfileTraining;
import fr.bde.talentpool.domain.SalaryBand;
import fr.bde.talentpool.domain.Situation;
import fr.bde.talentpool.domain.Skill;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.SubmissionStatus;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.talentpool.domain.TrainingLink;
import fr.bde.talentpool.domain.AdcAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recruitment commission ("Commission Aide aux Actions de Recrutement", role COMMISSION): records
 * job seekers submitted by employment partners, interviews them, fills their profile and the
 * employability assessment, and classifies them Employable or Adaptable, which publishes them in the
 * pool. The commission sees every file.
 */
@Stateless
@RolesAllowed(Role.Names.COMMISSION)
public class CommissionService {

    public static final int NOTES_MAX = 4000;
    private static final Map<String, String> SORTS = Map.of("submittedAt", "p.submittedAt", "lastName", "p.searchName",
            "classifiedAt", "p.classifiedAt", "status", "p.submissionStatus");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private ProfileDocumentStore documents;

    // ------------------------------------------------------------------ files

    public Page<SubmissionRow> submissions(SubmissionFilter filter, PageRequest page) {
        SubmissionFilter f = filter == null ? SubmissionFilter.none() : filter;
        StringBuilder where = new StringBuilder(" where p.submissionStatus <> :draft");
        if (f.status() != null) {
            where.append(" and p.submissionStatus = :status");
        }
        if (f.partnerId() != null) {
            where.append(" and p.partner.id = :partner");
        }
        String name = f.name() == null || f.name().isBlank() ? null : TalentProfile.searchKey(f.name());
        if (name != null) {
            where.append(" and (p.searchName like :name or p.searchName like :firstName)");
        }
        TypedQuery<SubmissionRow> rows = em.createQuery("select new fr.bde.commission.service.SubmissionRow(p.id, "
                + "p.civility, p.lastName, p.firstName, p.origin, coalesce(pa.name, co.name), pc.name, p.submissionStatus, "
                + "p.submittedAt, p.classification, p.classifiedAt) from TalentProfile p left join p.partner pa "
                + "left join p.partnerContact pc left join p.proposingCompany co" + where + " order by "
                + page.orderBy(SORTS, "p.submittedAt") + ", p.id desc", SubmissionRow.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from TalentProfile p" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("draft", SubmissionStatus.DRAFT);
            if (f.status() != null) {
                q.setParameter("status", f.status());
            }
            if (f.partnerId() != null) {
                q.setParameter("partner", f.partnerId());
            }
            if (name != null) {
                q.setParameter("name", escape(name) + "%");
                q.setParameter("firstName", "% " + escape(name) + "%");
            }
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Every active contact point of every partner, for recording a submission. */
    public List<PartnerContact> contacts() {
        return em.createQuery("select c from PartnerContact c join fetch c.partner p where c.active = true "
                + "order by p.name, c.name", PartnerContact.class).getResultList();
    }

    /** Records a job seeker submitted by a partner, through one of its contacts. */
    public Long record(SubmissionForm form) {
        FormRejectedException.throwIfAny(form.problems());
        PartnerContact contact = em.find(PartnerContact.class, form.contactId());
        if (contact == null || !contact.isActive()) {
            throw new BusinessException("contact", "commission.submission.contact.unknown");
        }
        TalentProfile profile = TalentProfile.submittedBy(contact, form.civility(), form.lastName(), form.firstName(),
                clock.instant());
        profile.changeContactDetails(SubmissionForm.blankToNull(form.email()), SubmissionForm.blankToNull(form.phone()),
                null, null, null, null, null);
        em.persist(profile);
        return profile.getId();
    }

    public ProfileDetail detail(Long id) {
        TalentProfile profile = find(id);
        return Profiles.detail(em, profile, today(), documents.list(profile.getId()));
    }

    // ------------------------------------------------------------------ section 1: contact details

    public void updateContact(Long id, ContactForm form) {
        FormRejectedException.throwIfAny(form.problems());
        if (form.areaCode() != null && em.find(EmploymentArea.class, form.areaCode()) == null) {
            throw new BusinessException("area", "commission.area.unknown");
        }
        TalentProfile profile = find(id);
        profile.rename(form.civility(), form.lastName(), form.firstName());
        profile.changeContactDetails(SubmissionForm.blankToNull(form.email()), SubmissionForm.blankToNull(form.phone()),
                SubmissionForm.blankToNull(form.streetNumber()), SubmissionForm.blankToNull(form.street()),
                SubmissionForm.blankToNull(form.postcode()), SubmissionForm.blankToNull(form.city()), form.areaCode());
    }

    // ------------------------------------------------------------------ section 2: jobs exercised, documents

    /** A job exercised: refused when neither recent nor tied to a recent training (the rule of the profile). */
    public void addExercisedJob(Long id, String jobCode, LocalDate endedOn, String trainingLabel, LocalDate trainingValidatedOn) {
        TalentProfile profile = find(id);
        Job job = jobCode == null ? null : em.find(Job.class, jobCode);
        if (job == null) {
            throw new BusinessException("job", "commission.job.required");
        }
        LocalDate today = today();
        if (endedOn != null && endedOn.isAfter(today)) {
            throw new BusinessException("endedOn", "commission.job.endedOn.future");
        }
        String training = SubmissionForm.blankToNull(trainingLabel);
        if (training != null && training.length() > ExercisedJob.TRAINING_MAX) {
            throw new BusinessException("trainingLabel", "commission.text.tooLong", ExercisedJob.TRAINING_MAX);
        }
        if (trainingValidatedOn != null && training == null) {
            throw new BusinessException("trainingLabel", "commission.job.training.required");
        }
        if (trainingValidatedOn != null && trainingValidatedOn.isAfter(today)) {
            throw new BusinessException("trainingValidatedOn", "commission.job.training.future");
        }
        ExercisedJob exercised = new ExercisedJob(profile, job.getCode(), endedOn, training, trainingValidatedOn, clock.instant());
        if (!exercised.isRecent(today)) {
            throw new BusinessException("endedOn", "commission.job.notRecent");
        }
        em.persist(exercised);
        em.flush();
        Profiles.refreshExercisedJobs(em, profile, today);
    }

    public void removeExercisedJob(Long id, Long exercisedJobId) {
        TalentProfile profile = find(id);
        ExercisedJob job = exercisedJobId == null ? null : em.find(ExercisedJob.class, exercisedJobId);
        if (job == null || !job.getProfile().getId().equals(profile.getId())) {
            throw new NotFoundException("error.notFound");
        }
        em.remove(job);
        em.flush();
        Profiles.refreshExercisedJobs(em, profile, today());
    }

    public Long addDocument(Long id, DocumentKind kind, UploadedDocument file) {
        return documents.store(find(id), kind, file);
    }

    public void removeDocument(Long id, Long documentId) {
        ProfileDocument document = documentId == null ? null : em.find(ProfileDocument.class, documentId);
        if (document == null || !document.getProfile().getId().equals(find(id).getId())) {
            throw new NotFoundException("error.notFound");
        }
        em.remove(document);
    }

    // ------------------------------------------------------------------ section 3: situation, interviews, classification

    public void changeSituation(Long id, Situation situation, LocalDate since, LocalDate endsOn) {
        if (situation == null) {
            throw new BusinessException("situation", "commission.situation.required");
        }
        SituationRule.check(situation.isTemporary(), since, endsOn, today())
                .ifPresent(p -> {
                    throw new BusinessException(p.field(), p.messageKey());
                });
        TalentProfile profile = find(id);
        boolean changed = profile.getSituation() != situation || !java.util.Objects.equals(profile.getSituationSince(), since)
                || !java.util.Objects.equals(profile.getSituationEndsOn(), endsOn);
        profile.changeSituation(situation, since, endsOn, changed ? today() : profile.getSituationChangedOn());
    }

    public void recordInterview(Long id, LocalDate interviewedOn, String notes) {
        if (interviewedOn == null) {
            throw new BusinessException("interviewedOn", "commission.interview.date.required");
        }
        if (interviewedOn.isAfter(today())) {
            throw new BusinessException("interviewedOn", "commission.interview.date.future");
        }
        String text = SubmissionForm.blankToNull(notes);
        if (text != null && text.length() > NOTES_MAX) {
            throw new BusinessException("notes", "commission.text.tooLong", NOTES_MAX);
        }
        TalentProfile profile = find(id);
        em.persist(new Interview(profile, interviewedOn, users.currentUser(), text, clock.instant()));
        profile.markInterviewed();
    }

    /** Classifies the job seeker, which publishes the profile in the pool. */
    public void classify(Long id, Classification classification, LocalDate classifiedOn) {
        TalentProfile profile = find(id);
        LocalDate lastInterview = em.createQuery("select max(i.interviewedOn) from ProfileInterview i where i.profile = :p",
                LocalDate.class).setParameter("p", profile).getSingleResult();
        LocalDate today = today();
        ClassificationRule.check(classification != null, lastInterview, profile.getAssessment().size(), classifiedOn, today)
                .ifPresent(key -> {
                    throw new BusinessException(key.startsWith("commission.classification.date") ? "classifiedOn"
                            : "classification", key);
                });
        Instant at = classifiedOn.equals(today) ? clock.instant()
                : classifiedOn.atTime(12, 0).atZone(ClockProducer.PARIS).toInstant();
        profile.classify(classification, at);
    }

    /** Takes the profile out of the pool (found a job for good, asked to leave); company sheets stay. */
    public void withdraw(Long id) {
        find(id).withdraw();
    }

    // ------------------------------------------------------------------ employability: grid and the 5 detail sections

    public void assess(Long id, Map<AssessmentAxis, Integer> levels, String summary) {
        for (AssessmentAxis axis : AssessmentAxis.values()) {
            Integer level = levels.get(axis);
            if (level != null && !AssessmentAxis.isLevel(level)) {
                throw new BusinessException("axis" + axis.name(), "commission.grid.level.invalid");
            }
        }
        String text = SubmissionForm.blankToNull(summary);
        if (text != null && text.length() > TalentProfile.TEXT_MAX) {
            throw new BusinessException("summary", "commission.text.tooLong", TalentProfile.TEXT_MAX);
        }
        Map<AssessmentAxis, Integer> rated = new LinkedHashMap<>();
        levels.forEach((axis, level) -> {
            if (level != null) {
                rated.put(axis, level);
            }
        });
        find(id).assess(rated, text);
    }

    /** Current jobs: jobs the candidate can exercise in the commission's opinion (pool filter and list column). */
    public void replaceCurrentJobs(Long id, Collection<String> jobCodes) {
        find(id).replaceJobs(JobKind.CURRENT, jobs(jobCodes, "currentJobs"));
    }

    /** Volet 1: skills with their proficiency. */
    public void replaceSkills(Long id, Map<String, ProficiencyLevel> skillLevels) {
        Map<Skill, ProficiencyLevel> skills = new LinkedHashMap<>();
        skillLevels.forEach((code, level) -> {
            Skill skill = code == null ? null : em.find(Skill.class, code);
            if (skill == null || level == null) {
                throw new BusinessException("skill", "commission.skill.invalid");
            }
            skills.put(skill, level);
        });
        find(id).replaceSkills(skills);
    }

    /** Training actions (ADC) the candidate is linked to, and how. */
    public void replaceTrainings(Long id, Map<String, TrainingLink> links) {
        List<ProfileTraining> trainings = new ArrayList<>();
        links.forEach((code, link) -> {
            if (code == null || link == null || em.find(AdcAction.class, code) == null) {
                throw new BusinessException("training", "commission.training.invalid");
            }
            trainings.add(new ProfileTraining(code, link));
        });
        find(id).replaceTrainings(trainings);
    }

    /** Volet 2: behaviour traits, mobility frequency per zone, relocation and the zones accepted. */
    public void describeBehaviourAndMobility(Long id, Set<BehaviourTrait> traits, Map<MobilityZone, MobilityFrequency> mobility,
                                             boolean relocation, String relocationZones) {
        String zones = SubmissionForm.blankToNull(relocationZones);
        if (relocation && zones == null) {
            throw new BusinessException("relocationZones", "commission.relocation.zones.required");
        }
        if (zones != null && zones.length() > 500) {
            throw new BusinessException("relocationZones", "commission.text.tooLong", 500);
        }
        find(id).describeBehaviourAndMobility(traits, mobility, relocation, zones);
    }

    /** Volet 3: experience in and out of the digital sector, time without a job and its occupation, internships. */
    public void describeExperience(Long id, ExperienceBand digital, ExperienceBand other, ExperienceBand withoutJob,
                                   String occupation, LocalDate lastJobEndedOn, Integer internshipMonths) {
        String text = SubmissionForm.blankToNull(occupation);
        if (text != null && text.length() > 200) {
            throw new BusinessException("occupation", "commission.text.tooLong", 200);
        }
        if (lastJobEndedOn != null && lastJobEndedOn.isAfter(today())) {
            throw new BusinessException("lastJobEndedOn", "commission.job.endedOn.future");
        }
        if (internshipMonths != null && (internshipMonths < 0 || internshipMonths > 120)) {
            throw new BusinessException("internshipMonths", "commission.internship.invalid");
        }
        find(id).describeExperience(digital, other, withoutJob, text, lastJobEndedOn, internshipMonths);
    }

    /** Volet 4: highest study level with and without the diploma, highest diplomas, certifications. */
    public void describeQualification(Long id, StudyLevel validated, StudyLevel notValidated, String digitalDiploma,
                                      String otherDiploma, String certifications) {
        List<BusinessException> problems = new ArrayList<>();
        ContactForm.tooLong(problems, "digitalDiploma", digitalDiploma, 200);
        ContactForm.tooLong(problems, "otherDiploma", otherDiploma, 200);
        ContactForm.tooLong(problems, "certifications", certifications, 1000);
        FormRejectedException.throwIfAny(problems);
        find(id).describeQualification(validated, notValidated, SubmissionForm.blankToNull(digitalDiploma),
                SubmissionForm.blankToNull(otherDiploma), SubmissionForm.blankToNull(certifications));
    }

    /** Volet 5: company types, contracts, availability, target jobs, salary bands. */
    public void describeProject(Long id, Set<CompanyType> companyTypes, Set<ContractSought> contracts, Integer availability,
                                Collection<String> targetJobs, SalaryBand last, SalaryBand claimed, SalaryBand minimum) {
        if (availability != null && (availability < 0 || availability > 100)) {
            throw new BusinessException("availability", "commission.availability.invalid");
        }
        TalentProfile profile = find(id);
        profile.replaceJobs(JobKind.TARGET, jobs(targetJobs, "targetJobs"));
        profile.describeProject(companyTypes, contracts, availability, last, claimed, minimum);
    }

    // ------------------------------------------------------------------

    private List<Job> jobs(Collection<String> codes, String field) {
        List<Job> jobs = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Job job = code == null ? null : em.find(Job.class, code);
            if (job == null) {
                throw new BusinessException(field, "commission.job.unknown");
            }
            jobs.add(job);
        }
        return jobs;
    }

    private TalentProfile find(Long id) {
        TalentProfile profile = id == null ? null : em.find(TalentProfile.class, id);
        if (profile == null || profile.getSubmissionStatus() == SubmissionStatus.DRAFT) {
            throw new NotFoundException("commission.profile.notFound");
        }
        return profile;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.PARIS));
    }

    static String escape(String text) {
        // LIKE wildcards typed by the user match themselves nowhere: drop them
        return text.replaceAll("[%_\\\\]", "");
    }
}
