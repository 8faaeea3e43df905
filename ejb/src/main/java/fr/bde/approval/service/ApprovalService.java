package fr.bde.approval.service;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ApprovalStep;
import fr.bde.approval.domain.CareersCommitteePolicy;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.domain.StepKind;
import fr.bde.approval.domain.StepStatus;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.common.PublicLinks;
import fr.bde.mail.service.MailOutbox;
import fr.bde.mail.service.MailTemplates;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.domain.Team;
import fr.bde.offer.domain.TeamMember;
import fr.bde.offer.service.OfferAccess;
import fr.bde.organisation.domain.Organisation;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;

/**
 * Approval processes of offers (seed 000 §1.6, seed 001): the recruiter starts one with an editable
 * message and a due date; each step's approvers get an e-mail with a link, answer Approved or Refused
 * (with a comment), the next step follows; the recruiter is alerted if asked. Everything is recorded
 * on the offer's history.
 */
@Stateless
@RolesAllowed(Role.Names.RECRUITER)
public class ApprovalService {

    /** The due date offered by default: a week for the approver to answer. */
    static final int DEFAULT_DUE_DAYS = 7;
    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<String, String> PROCESS_SORTS = Map.of(
            "startedAt", "p.startedAt", "dueDate", "p.dueDate", "reference", "o.reference", "status", "p.status");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private OfferAccess access;

    @Inject
    private ApprovalRules rules;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    /** The request as the recruiter first sees it: the seed's text with the offer's details, due in a week. */
    public ApprovalRequest defaultRequest(Long offerId) {
        JobOffer offer = access.forRecruiter(offerId);
        ApprovalKind kind = rules.required(offer).orElseThrow(() -> new BusinessException("approval.notRequired"));
        String creator = users.findByLogin(offer.getCreatedBy()).map(AppUser::getDisplayName).orElse(offer.getCreatedBy());
        String message = MailTemplates.text("approval.defaultMessage." + kind.name(), offer.getReference(),
                offer.getTitle(), FRENCH_DATE.format(offer.getCreatedAt().atZone(ClockProducer.PARIS)), creator);
        return new ApprovalRequest(kind, message, LocalDate.now(clock).plusDays(DEFAULT_DUE_DAYS), true);
    }

    /** The approval the offer needs now before publication, if any (the approval tab and the creation prompt). */
    @RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
    public Optional<ApprovalKind> required(Long offerId) {
        return rules.required(access.forStaff(offerId));
    }

    /** Starts the approval the offer needs and e-mails the first step's approvers. */
    public ApprovalProcess start(Long offerId, String message, LocalDate dueDate, boolean alertRequester) {
        JobOffer offer = access.forRecruiter(offerId);
        AppUser requester = users.currentUser();
        ApprovalKind kind = rules.required(offer).orElseThrow(() -> new BusinessException("approval.notRequired"));
        if (offer.getStatus() != OfferStatus.DRAFT && offer.getStatus() != OfferStatus.REFUSED) {
            throw new BusinessException("approval.start.status." + offer.getStatus().name());
        }
        if (message == null || message.isBlank()) {
            throw new BusinessException("message", "approval.message.required");
        }
        if (message.length() > ApprovalProcess.MESSAGE_MAX) {
            throw new BusinessException("message", "approval.message.tooLong", ApprovalProcess.MESSAGE_MAX);
        }
        if (dueDate == null) {
            throw new BusinessException("dueDate", "approval.dueDate.required");
        }
        if (dueDate.isBefore(LocalDate.now(clock))) {
            throw new BusinessException("dueDate", "approval.dueDate.past");
        }
        Instant now = clock.instant();
        ApprovalProcess process = new ApprovalProcess(offer, kind, message.strip(), dueDate, alertRequester,
                requester.getLogin(), now);
        for (StepKind step : steps(offer, kind)) {
            process.addStep(step, approverOrganisation(offer, step), now);
        }
        em.persist(process);
        followEn3s(process);
        fillApprovalTeam(process, requester.getLogin(), now);
        rules.trackEn3s(offer);
        offer.markApprovalRequested(now);
        em.persist(new OfferEvent(offer, OfferEvent.Action.APPROVAL_REQUESTED, requester.getLogin(), now, kind.name()));
        notifyApprovers(process, process.pendingStep().orElseThrow());
        return process;
    }

    /** Withdraws a request still in progress (to edit the offer, for instance). */
    public void cancel(Long processId) {
        ApprovalProcess process = em.find(ApprovalProcess.class, processId);
        if (process == null) {
            throw new NotFoundException("approval.notFound");
        }
        JobOffer offer = access.forRecruiter(process.getOffer().getId());
        if (process.getStatus() != ProcessStatus.IN_PROGRESS) {
            throw new BusinessException("approval.cancel.ended");
        }
        Instant now = clock.instant();
        process.cancel(now);
        followEn3s(process);
        offer.markDraft(now);
        em.persist(new OfferEvent(offer, OfferEvent.Action.APPROVAL_CANCELLED, users.currentUser().getLogin(), now,
                process.getKind().name()));
    }

    /**
     * The approver's answer to a pending step of their organisation. A refusal needs a comment. The
     * next step's approvers are e-mailed; the last approval approves the offer.
     */
    @RolesAllowed({Role.Names.EN3S_APPROVER, Role.Names.NATIONAL_FUND_APPROVER, Role.Names.UCANSS_ADMIN})
    public ApprovalStep answer(Long stepId, boolean approve, String comment) {
        ApprovalStep step = stepForApprover(stepId);
        AppUser approver = users.currentUser();
        if (!approver.getRoles().contains(roleFor(step.getKind()))) {
            throw new AccessDeniedException();
        }
        if (step.getStatus() != StepStatus.PENDING || step.getProcess().getStatus() != ProcessStatus.IN_PROGRESS) {
            throw new BusinessException("approval.answer.alreadyAnswered");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new BusinessException("comment", "approval.comment.required");
        }
        if (comment != null && comment.length() > ApprovalStep.COMMENT_MAX) {
            throw new BusinessException("comment", "approval.comment.tooLong", ApprovalStep.COMMENT_MAX);
        }
        Instant now = clock.instant();
        ApprovalProcess process = step.getProcess();
        JobOffer offer = process.getOffer();
        Optional<ApprovalStep> next = process.answer(step, approve, approver.getLogin(), comment, now);
        followEn3s(process);
        String detail = step.getKind().name() + (comment == null || comment.isBlank() ? "" : " : " + abbreviate(comment));
        em.persist(new OfferEvent(offer, approve ? OfferEvent.Action.STEP_APPROVED : OfferEvent.Action.STEP_REFUSED,
                approver.getLogin(), now, detail));
        if (process.getStatus() == ProcessStatus.APPROVED) {
            offer.markApproved(now);
            em.persist(new OfferEvent(offer, OfferEvent.Action.APPROVED, approver.getLogin(), now, process.getKind().name()));
        } else if (process.getStatus() == ProcessStatus.REFUSED) {
            offer.markRefused(now);
            em.persist(new OfferEvent(offer, OfferEvent.Action.REFUSED, approver.getLogin(), now, process.getKind().name()));
        }
        next.ifPresent(s -> notifyApprovers(process, s));
        if (process.isAlertRequester()) {
            alertRequester(process, step, approver);
        }
        return step;
    }

    /** A step of the caller's organisation, with its process and offer; any other is refused. */
    @RolesAllowed({Role.Names.EN3S_APPROVER, Role.Names.NATIONAL_FUND_APPROVER, Role.Names.UCANSS_ADMIN})
    public ApprovalStep stepForApprover(Long stepId) {
        // the process itself, not a proxy: the process checks that the step answered is one of its own
        ApprovalStep step = stepId == null ? null : em.createQuery("select s from ApprovalStep s join fetch s.process "
                        + "join fetch s.approverOrganisation where s.id = :id", ApprovalStep.class)
                .setParameter("id", stepId).getResultStream().findFirst().orElse(null);
        if (step == null) {
            throw new NotFoundException("approval.notFound");
        }
        Organisation caller = users.currentOrganisation();
        if (!step.getApproverOrganisation().getId().equals(caller.getId())) {
            throw new AccessDeniedException();
        }
        // what the approver's page shows, read here (fetch joins may not be aliased under JPA compliance)
        JobOffer offer = step.getProcess().getOffer();
        for (Object association : new Object[] {offer.getOrganisation(), offer.getContractType(), offer.getDepartement(),
                offer.getRegion(), offer.getQualificationLevel(), offer.getEducationLevel(), offer.getNationalFund()}) {
            if (association != null) {
                Hibernate.initialize(association);
            }
        }
        step.getProcess().getSteps().forEach(s -> Hibernate.initialize(s.getApproverOrganisation()));
        return step;
    }

    /** The approver's inbox: steps of their organisation waiting for an answer (or answered), oldest first. */
    @RolesAllowed({Role.Names.EN3S_APPROVER, Role.Names.NATIONAL_FUND_APPROVER, Role.Names.UCANSS_ADMIN})
    public Page<InboxRow> inbox(boolean pending, PageRequest page) {
        Long organisationId = users.currentOrganisation().getId();
        List<StepStatus> statuses = pending ? List.of(StepStatus.PENDING) : List.of(StepStatus.APPROVED, StepStatus.REFUSED);
        // oldest pending first, newest answered first; the order names every column of the index that
        // serves it (ix_approval_step_inbox, ix_approval_step_answered) so that H2 too reads just a page
        String order = pending ? "s.approverOrganisation.id, s.status, s.sentAt, s.id"
                : "s.approverOrganisation.id desc, s.sentAt desc, s.id desc";
        List<InboxRow> rows = em.createQuery("select new fr.bde.approval.service.InboxRow(s.id, o.id, o.reference, "
                        + "o.title, org.name, p.kind, s.kind, s.status, s.sentAt, p.dueDate, s.answeredAt, s.answeredBy) "
                        + "from ApprovalStep s join s.process p join p.offer o join o.organisation org "
                        + "where s.approverOrganisation.id = :org and s.status in :statuses order by " + order,
                        InboxRow.class)
                .setParameter("org", organisationId).setParameter("statuses", statuses)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(s) from ApprovalStep s where s.approverOrganisation.id = :org "
                        + "and s.status in :statuses", Long.class)
                .setParameter("org", organisationId).setParameter("statuses", statuses).getSingleResult();
        return new Page<>(rows, total);
    }

    /** Every process of one offer, newest first, with their steps (the offer's approval tab). */
    @RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
    public List<ApprovalProcess> processesOf(Long offerId) {
        JobOffer offer = access.forStaff(offerId);
        List<ApprovalProcess> processes = em.createQuery("select distinct p from ApprovalProcess p left join fetch p.steps "
                        + "where p.offer = :offer", ApprovalProcess.class)
                .setParameter("offer", offer).getResultList().stream()
                .sorted((a, b) -> b.getStartedAt().compareTo(a.getStartedAt()))
                .toList();
        processes.forEach(p -> p.getSteps().forEach(s -> Hibernate.initialize(s.getApproverOrganisation())));
        return processes;
    }

    /**
     * Processes of every offer in the caller's scope (a recruiter: their organisation's; the Ucanss
     * administrator: all), by status.
     */
    @RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
    public Page<ProcessRow> processes(ProcessStatus status, PageRequest page) {
        Optional<Long> organisationId = access.scopeOrganisation();
        // fk(): the process's own column (ix_approval_process_org); joined by a path, Hibernate would
        // read the joined organisation's key instead
        String where = "where p.status = :status" + (organisationId.isPresent() ? " and fk(p.organisation) = :org" : "");
        var query = em.createQuery("select new fr.bde.approval.service.ProcessRow(p.id, o.id, o.reference, o.title, "
                        + "org.name, p.kind, p.status, p.startedAt, p.startedBy, p.dueDate, p.endedAt) "
                        + "from ApprovalProcess p join p.offer o join Organisation org on org.id = fk(p.organisation) "
                        + where
                        + " order by " + page.orderBy(PROCESS_SORTS, "p.startedAt") + ", p.id desc", ProcessRow.class)
                .setParameter("status", status);
        var count = em.createQuery("select count(p) from ApprovalProcess p " + where, Long.class)
                .setParameter("status", status);
        organisationId.ifPresent(id -> {
            query.setParameter("org", id);
            count.setParameter("org", id);
        });
        List<ProcessRow> rows = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, count.getSingleResult());
    }

    private void followEn3s(ApprovalProcess process) {
        if (process.getKind() == ApprovalKind.EN3S_DEROGATION) {
            rules.followEn3s(process.getOffer());
        }
    }

    private List<StepKind> steps(JobOffer offer, ApprovalKind kind) {
        if (kind == ApprovalKind.EN3S_DEROGATION) {
            return List.of(StepKind.EN3S);
        }
        CareersCommitteePolicy.Route route = rules.route(offer.getOrganisation())
                .orElseThrow(() -> new BusinessException("approval.careersCommittee.noRoute"));
        return route.steps().stream().map(s -> StepKind.valueOf(s.name())).toList();
    }

    /** The organisation whose approvers answer a step: EN3S, the offer's national fund, or Ucanss. */
    private Organisation approverOrganisation(JobOffer offer, StepKind step) {
        String type = switch (step) {
            case EN3S -> "EN3S";
            case UCANSS_REVIEW -> "UCANSS";
            case NATIONAL_FUND_APPROVAL -> offer.getNationalFund() != null ? offer.getNationalFund().getCode()
                    : CareersCommitteePolicy.nationalFund(offer.getOrganisation().getType().getBranch().getCode())
                    .orElseThrow(() -> new BusinessException("nationalFund", "approval.nationalFund.required"));
        };
        return em.createQuery("select o from Organisation o where o.type.code = :type order by o.id", Organisation.class)
                .setParameter("type", type).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("approval.noApprover." + step.name()));
    }

    static Role roleFor(StepKind step) {
        return switch (step) {
            case EN3S -> Role.EN3S_APPROVER;
            case NATIONAL_FUND_APPROVAL -> Role.NATIONAL_FUND_APPROVER;
            case UCANSS_REVIEW -> Role.UCANSS_ADMIN;
        };
    }

    /**
     * The approval team's members of the step's organisation holding its role; when the team names
     * none, every such user of that organisation.
     */
    List<AppUser> approversOf(ApprovalProcess process, ApprovalStep step) {
        Role role = roleFor(step.getKind());
        List<AppUser> named = em.createQuery("select m.user from TeamMember m where m.offer = :offer and m.team = :team "
                        + "and m.user.organisation = :org and m.user.enabled = true", AppUser.class)
                .setParameter("offer", process.getOffer()).setParameter("team", Team.APPROVAL)
                .setParameter("org", step.getApproverOrganisation()).getResultList().stream()
                .filter(u -> u.getRoles().contains(role)).toList();
        if (!named.isEmpty()) {
            return named;
        }
        return em.createQuery("select u from AppUser u where u.organisation = :org and u.enabled = true order by u.id",
                        AppUser.class)
                .setParameter("org", step.getApproverOrganisation()).getResultList().stream()
                .filter(u -> u.getRoles().contains(role)).toList();
    }

    /** The approval team shows who answers: a step whose organisation has no named member gets its approvers. */
    private void fillApprovalTeam(ApprovalProcess process, String by, Instant now) {
        for (ApprovalStep step : process.getSteps()) {
            Long named = em.createQuery("select count(m) from TeamMember m where m.offer = :offer and m.team = :team "
                            + "and m.user.organisation = :org", Long.class)
                    .setParameter("offer", process.getOffer()).setParameter("team", Team.APPROVAL)
                    .setParameter("org", step.getApproverOrganisation()).getSingleResult();
            if (named == 0) {
                approversOf(process, step).forEach(u ->
                        em.persist(new TeamMember(process.getOffer(), Team.APPROVAL, u, by, now)));
            }
        }
    }

    private void notifyApprovers(ApprovalProcess process, ApprovalStep step) {
        JobOffer offer = process.getOffer();
        Set<String> recipients = new LinkedHashSet<>();
        approversOf(process, step).forEach(u -> recipients.add(u.getEmail()));
        if (recipients.isEmpty()) {
            throw new BusinessException("approval.noApprover." + step.getKind().name());
        }
        String link = links.approvalStep(step.getId());
        for (String recipient : recipients) {
            outbox.enqueue(recipient, "approval.request." + process.getKind().name(), offer.getReference(),
                    offer.getTitle(), offer.getOrganisation().getName(), process.getMessage(), link,
                    FRENCH_DATE.format(process.getDueDate()), step.getPosition(), process.getSteps().size());
        }
    }

    private void alertRequester(ApprovalProcess process, ApprovalStep step, AppUser approver) {
        users.findByLogin(process.getStartedBy()).ifPresent(requester -> {
            JobOffer offer = process.getOffer();
            outbox.enqueue(requester.getEmail(), "approval.answer." + step.getStatus().name(), offer.getReference(),
                    offer.getTitle(), step.getApproverOrganisation().getName(), approver.getDisplayName(),
                    step.getComment() == null ? "" : step.getComment(), links.recruiterOffer(offer.getId()),
                    process.getStatus().name());
        });
    }

    private static String abbreviate(String s) {
        String flat = s.strip().replaceAll("\\s+", " ");
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "…";
    }
}
