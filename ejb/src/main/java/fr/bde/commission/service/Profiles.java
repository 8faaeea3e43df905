package fr.bde.commission.service;

import fr.bde.commission.domain.ExercisedJob;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.JobKind;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Reading a whole profile for its page, and keeping the listed jobs exercised in step with the rule. */
final class Profiles {

    private Profiles() {
    }

    static ProfileDetail detail(EntityManager em, TalentProfile profile, LocalDate today, List<DocumentRow> documents) {
        // load the collections inside the transaction: the page reads them after it
        profile.getJobs();
        profile.getSkills();
        profile.getTrainings();
        profile.getTraits();
        profile.getMobility();
        profile.getCompanyTypes();
        profile.getContractsSought();
        String submittedBy = profile.getPartner() != null ? profile.getPartner().getName()
                : profile.getProposingCompany() != null ? profile.getProposingCompany().getName() : null;
        String contactName = profile.getPartnerContact() == null ? null : profile.getPartnerContact().getName();
        String contactEmail = profile.getPartnerContact() == null ? null : profile.getPartnerContact().getEmail();
        List<ExercisedJobRow> jobs = em.createQuery("select e, j.label, f.label from ExercisedJob e, Job j, JobFamily f "
                        + "where e.profile = :p and j.code = e.jobCode and f.code = j.familyCode "
                        + "order by e.endedOn desc nulls first, e.id", Object[].class)
                .setParameter("p", profile).getResultStream()
                .map(r -> {
                    ExercisedJob e = (ExercisedJob) r[0];
                    return new ExercisedJobRow(e.getId(), e.getJobCode(), (String) r[1], (String) r[2], e.getEndedOn(),
                            e.getTrainingLabel(), e.getTrainingValidatedOn(), e.isRecent(today));
                }).toList();
        List<InterviewRow> interviews = em.createQuery("select new fr.bde.commission.service.InterviewRow(i.id, "
                        + "i.interviewedOn, u.displayName, i.notes) from ProfileInterview i left join i.interviewer u "
                        + "where i.profile = :p order by i.interviewedOn desc, i.id desc", InterviewRow.class)
                .setParameter("p", profile).getResultList();
        return new ProfileDetail(profile, submittedBy, contactName, contactEmail, jobs,
                documents, interviews);
    }

    /** The profile's EXERCISED jobs are the recorded ones the rule lists today. */
    static void refreshExercisedJobs(EntityManager em, TalentProfile profile, LocalDate today) {
        List<Job> recent = em.createQuery("select e from ExercisedJob e where e.profile = :p order by e.id", ExercisedJob.class)
                .setParameter("p", profile).getResultStream()
                .filter(e -> e.isRecent(today))
                .map(ExercisedJob::getJobCode).distinct()
                .map(code -> em.find(Job.class, code))
                .toList();
        profile.replaceJobs(JobKind.EXERCISED, recent);
    }
}
