package fr.bde.trainingneed.service;

import fr.bde.commission.service.FormRejectedException;
import fr.bde.commission.service.SarMembers;
import fr.bde.commission.service.SubmissionRow;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import fr.bde.talentpool.domain.AdcAction;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.SubmissionStatus;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.trainingneed.domain.TrainingNeed;
import fr.bde.trainingneed.domain.TrainingNeedStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Pre-recruitment training needs (seed 002, menu entries 3 and 4):
 * a company recruiter submits and manages the needs of their company only (every recruiter of the
 * company sees them, another company's are "not found"); the commission sees every need and handles
 * it (in progress, closed), linking candidates of the pool or trainee files to it.
 */
@Stateless
@RolesAllowed({Role.Names.COMPANY_RECRUITER, Role.Names.COMMISSION})
public class TrainingNeedService {

    private static final Map<String, String> SORTS = Map.of("createdAt", "n.createdAt", "title", "n.title",
            "status", "n.status", "wishedStart", "n.wishedStart", "company", "c.name");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private SarMembers members;

    // ------------------------------------------------------------------ company side

    @RolesAllowed(Role.Names.COMPANY_RECRUITER)
    public Long submit(TrainingNeedForm form) {
        check(form);
        TrainingNeed need = new TrainingNeed(members.currentCompany(), users.currentUser(), form.title().strip(),
                form.places(), clock.instant());
        describe(need, form);
        need.changeStatus(TrainingNeedStatus.SUBMITTED, clock.instant());
        em.persist(need);
        return need.getId();
    }

    /** Edits a need the commission has not taken up yet. */
    @RolesAllowed(Role.Names.COMPANY_RECRUITER)
    public void update(Long id, TrainingNeedForm form) {
        TrainingNeed need = visible(id);
        if (need.getStatus() != TrainingNeedStatus.SUBMITTED && need.getStatus() != TrainingNeedStatus.DRAFT) {
            throw new BusinessException("commission.need.notEditable");
        }
        check(form);
        describe(need, form);
    }

    /** The company withdraws its need (closed; kept for the history). */
    @RolesAllowed(Role.Names.COMPANY_RECRUITER)
    public void withdraw(Long id) {
        TrainingNeed need = visible(id);
        if (need.getStatus() == TrainingNeedStatus.CLOSED) {
            throw new BusinessException("commission.need.alreadyClosed");
        }
        need.changeStatus(TrainingNeedStatus.CLOSED, clock.instant());
    }

    // ------------------------------------------------------------------ both sides, scoped

    /** The company's needs for a recruiter, every company's for the commission. */
    public Page<TrainingNeedRow> list(TrainingNeedStatus status, PageRequest page) {
        Company company = isCommission() ? null : members.currentCompany();
        String where = " where 1 = 1" + (company == null ? "" : " and n.company = :company")
                + (status == null ? "" : " and n.status = :status");
        TypedQuery<TrainingNeedRow> rows = em.createQuery("select new fr.bde.trainingneed.service.TrainingNeedRow(n.id, "
                + "c.name, n.title, a.label, j.label, n.places, n.wishedStart, n.status, u.displayName, n.createdAt, "
                + "size(n.candidates)) from TrainingNeed n join n.company c join n.createdBy u "
                + "left join AdcAction a on a.code = n.actionCode left join Job j on j.code = n.jobCode" + where
                + " order by " + page.orderBy(SORTS, "n.createdAt") + ", n.id desc", TrainingNeedRow.class);
        TypedQuery<Long> count = em.createQuery("select count(n) from TrainingNeed n" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (company != null) {
                q.setParameter("company", company);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    public TrainingNeedDetail get(Long id) {
        TrainingNeed need = visible(id);
        AdcAction action = need.getActionCode() == null ? null : em.find(AdcAction.class, need.getActionCode());
        Job job = need.getJobCode() == null ? null : em.find(Job.class, need.getJobCode());
        List<SubmissionRow> candidates = need.getCandidates().stream()
                .map(p -> new SubmissionRow(p.getId(), p.getCivility(), p.getLastName(), p.getFirstName(), p.getOrigin(),
                        null, null, p.getSubmissionStatus(), p.getSubmittedAt(), p.getClassification(), p.getClassifiedAt()))
                .sorted(java.util.Comparator.comparing(SubmissionRow::lastName)).toList();
        TrainingNeedRow row = new TrainingNeedRow(need.getId(), need.getCompany().getName(), need.getTitle(),
                action == null ? null : action.getLabel(), job == null ? null : job.getLabel(), need.getPlaces(),
                need.getWishedStart(), need.getStatus(), need.getCreatedBy().getDisplayName(), need.getCreatedAt(),
                candidates.size());
        return new TrainingNeedDetail(row, need.getActionCode(), need.getJobCode(), need.getDescription(), candidates);
    }

    /**
     * Links a candidate to the need: the commission any file of the pool or trainee file; a company
     * only its own trainee files.
     */
    public void link(Long needId, Long profileId) {
        TrainingNeed need = visible(needId);
        if (need.getStatus() == TrainingNeedStatus.CLOSED) {
            throw new BusinessException("commission.need.alreadyClosed");
        }
        TalentProfile profile = profileId == null ? null : em.find(TalentProfile.class, profileId);
        boolean allowed = profile != null && (isCommission()
                ? profile.getSubmissionStatus() != SubmissionStatus.DRAFT
                : profile.getProposingCompany() != null && profile.getProposingCompany().equals(need.getCompany()));
        if (!allowed) {
            throw new BusinessException("candidate", "commission.need.candidate.unknown");
        }
        need.link(profile);
    }

    public void unlink(Long needId, Long profileId) {
        TrainingNeed need = visible(needId);
        TalentProfile profile = profileId == null ? null : em.find(TalentProfile.class, profileId);
        if (profile != null) {
            need.unlink(profile);
        }
    }

    // ------------------------------------------------------------------ commission side

    /** The commission takes the need up (in progress) or closes it. */
    @RolesAllowed(Role.Names.COMMISSION)
    public void handle(Long id, TrainingNeedStatus status) {
        if (status != TrainingNeedStatus.IN_PROGRESS && status != TrainingNeedStatus.CLOSED) {
            throw new BusinessException("status", "commission.need.status.invalid");
        }
        TrainingNeed need = visible(id);
        if (need.getStatus() == TrainingNeedStatus.CLOSED) {
            throw new BusinessException("commission.need.alreadyClosed");
        }
        need.changeStatus(status, clock.instant());
    }

    // ------------------------------------------------------------------

    private TrainingNeed visible(Long id) {
        TrainingNeed need = id == null ? null : em.find(TrainingNeed.class, id);
        if (need == null || (!isCommission() && !need.getCompany().equals(members.currentCompany()))) {
            throw new NotFoundException("commission.need.notFound");
        }
        return need;
    }

    private boolean isCommission() {
        return context.isCallerInRole(Role.Names.COMMISSION);
    }

    private void check(TrainingNeedForm form) {
        FormRejectedException.throwIfAny(form.problems(LocalDate.now(clock.withZone(ClockProducer.PARIS))));
        if (form.actionCode() != null && em.find(AdcAction.class, form.actionCode()) == null) {
            throw new BusinessException("action", "commission.need.action.unknown");
        }
        if (form.jobCode() != null && em.find(Job.class, form.jobCode()) == null) {
            throw new BusinessException("job", "commission.job.unknown");
        }
    }

    private void describe(TrainingNeed need, TrainingNeedForm form) {
        String description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        need.describe(form.actionCode(), form.jobCode(), form.title().strip(), description, form.places(),
                form.wishedStart(), clock.instant());
    }
}
