package fr.bde.offer.service;

import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.CareersCommitteePolicy;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.service.ApprovalRules;
import fr.bde.offer.domain.CareersCommitteePost;
import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferContent;
import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.domain.OfferReference;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.domain.OfferVersion;
import fr.bde.offer.domain.Team;
import fr.bde.offer.domain.TeamMember;
import fr.bde.publication.service.PublicationService;
import fr.bde.referential.domain.NationalFund;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.ContractType;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
import fr.bde.referential.domain.QualificationLevel;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;

/** Offers as recruiters handle them; every read and write is scoped to the caller's organisation. */
@Stateless
@RolesAllowed(Role.Names.RECRUITER)
public class OfferService {

    private static final Map<String, String> SORTS = Map.of(
            "reference", "o.reference", "title", "o.title", "status", "o.status",
            "createdAt", "o.createdAt", "publishedAt", "o.publishedAt", "closingDate", "o.closingDate");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    @Inject
    private OfferAccess access;

    @Inject
    private ApprovalRules rules;

    @Inject
    private PublicationService publications;

    public JobOffer create(OfferDraft draft) {
        AppUser user = users.currentUser();
        Organisation organisation = users.currentOrganisation();
        Instant now = clock.instant();
        CareersCommitteePost post = draft.careersCommitteePost();
        if (post != null && rules.route(organisation).isEmpty()) {
            throw new BusinessException("careersCommitteePost", "offer.careersCommitteePost.noRoute");
        }
        JobOffer offer = new JobOffer(nextReference(draft.executive() || post != null), post, organisation,
                user.getLogin(), now);
        if (post != null) {
            offer.setNationalFund(nationalFund(organisation, draft.nationalFundCode()));
        }
        apply(offer, draft, now);
        em.persist(offer);
        rules.trackEn3s(offer);
        em.persist(new OfferEvent(offer, OfferEvent.Action.CREATED, user.getLogin(), now, null));
        em.persist(new TeamMember(offer, Team.OPERATIONAL, user, user.getLogin(), now));
        return offer;
    }

    /**
     * Saves an edit. Once approval was asked for, given or refused, or the offer published, the edit
     * makes a new version (the previous content is kept); changing the post itself (title,
     * description, contract, place, grade) of an offer needing approval voids the approval. A published
     * offer needing approval must be withdrawn first for such a change; one under approval waits for
     * the answer (or the request is cancelled).
     */
    public EditOutcome update(Long id, OfferDraft draft) {
        JobOffer offer = access.forRecruiter(id);
        switch (offer.getStatus()) {
            case CLOSED -> throw new BusinessException("offer.edit.closed");
            case PENDING_APPROVAL -> throw new BusinessException("offer.edit.pendingApproval");
            default -> { }
        }
        Instant now = clock.instant();
        String login = users.currentUser().getLogin();
        boolean versioned = offer.getStatus() != OfferStatus.DRAFT || hasApprovalHistory(offer);
        OfferContent before = offer.content();
        boolean neededApproval = rules.required(offer).isPresent();
        apply(offer, draft, now);
        OfferContent after = offer.content();
        if (!versioned || !after.differsFrom(before)) {
            rules.trackEn3s(offer);
            em.persist(new OfferEvent(offer, OfferEvent.Action.UPDATED, login, now, null));
            return new EditOutcome(offer, false, false);
        }
        boolean reapproval = (neededApproval || rules.required(offer).isPresent())
                && after.substantiallyDiffersFrom(before) && offer.getStatus() != OfferStatus.DRAFT;
        if (reapproval && offer.getStatus() == OfferStatus.PUBLISHED) {
            throw new BusinessException("offer.edit.publishedNeedsReapproval");
        }
        em.persist(new OfferVersion(offer, before, reapproval, login, now));
        offer.newVersion(reapproval, now);
        rules.trackEn3s(offer);
        em.persist(new OfferEvent(offer, OfferEvent.Action.VERSION_CREATED, login, now,
                offer.getContentVersion() + (reapproval ? ";REAPPROVAL" : "")));
        return new EditOutcome(offer, true, reapproval);
    }

    /** Closes the offer (post filled or recruitment cancelled): off every channel, pending approval cancelled. */
    public JobOffer close(Long id, CloseReason reason) {
        JobOffer offer = access.forRecruiter(id);
        if (reason == null || reason == CloseReason.EXPIRED) {
            throw new BusinessException("reason", "offer.close.reason");
        }
        if (offer.getStatus() == OfferStatus.CLOSED) {
            throw new BusinessException("offer.edit.closed");
        }
        closeNow(offer, reason, users.currentUser().getLogin(), clock.instant());
        return offer;
    }

    /** Closing, whoever asks (the recruiter, the expiry job). */
    @PermitAll
    public void closeNow(JobOffer offer, CloseReason reason, String actor, Instant now) {
        em.createQuery("select p from ApprovalProcess p where p.offer = :offer and p.status = :status",
                        ApprovalProcess.class)
                .setParameter("offer", offer).setParameter("status", ProcessStatus.IN_PROGRESS)
                .getResultList().forEach(p -> p.cancel(now));
        publications.withdrawEverywhere(offer, actor, now);
        offer.close(reason, now);
        em.persist(new OfferEvent(offer, OfferEvent.Action.CLOSED, actor, now, reason.name()));
    }

    /** An offer of the caller's organisation; any other is refused, whatever id is forged. */
    public JobOffer getForRecruiter(Long id) {
        return loaded(access.forRecruiter(id));
    }

    /** An offer for its organisation's recruiters and the Ucanss administrator. */
    @RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
    public JobOffer getForStaff(Long id) {
        return loaded(access.forStaff(id));
    }

    /** Whether the caller's organisation names the national fund approving its careers-committee offers. */
    public boolean callerNamesNationalFund() {
        Organisation organisation = users.currentOrganisation();
        String branch = organisation.getType().getBranch().getCode();
        return CareersCommitteePolicy.nationalFund(branch).isEmpty() && "MULTIBRANCHE".equals(branch)
                && "GENERAL".equals(organisation.getType().getScheme().getCode());
    }

    /** The offer with what its screens show (organisation, referentials, national fund) read while in the transaction. */
    private static JobOffer loaded(JobOffer offer) {
        for (Object association : new Object[] {offer.getOrganisation(), offer.getContractType(), offer.getDepartement(),
                offer.getRegion(), offer.getQualificationLevel(), offer.getEducationLevel(), offer.getNationalFund()}) {
            if (association != null) {
                Hibernate.initialize(association);
            }
        }
        return offer;
    }

    /** Previous contents of the offer, newest first. */
    @RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
    public List<OfferVersion> versions(Long id) {
        JobOffer offer = access.forStaff(id);
        return em.createQuery("select v from OfferVersion v where v.offer = :offer order by v.number desc",
                OfferVersion.class).setParameter("offer", offer).getResultList();
    }

    private boolean hasApprovalHistory(JobOffer offer) {
        return !em.createQuery("select p.id from ApprovalProcess p where p.offer = :offer")
                .setParameter("offer", offer).setMaxResults(1).getResultList().isEmpty();
    }

    /** The fund approving a careers-committee offer: by branch, or named by a multibranch organisation. */
    private NationalFund nationalFund(Organisation organisation, String code) {
        String branch = organisation.getType().getBranch().getCode();
        if (CareersCommitteePolicy.nationalFund(branch).isPresent() || !"MULTIBRANCHE".equals(branch)
                || !"GENERAL".equals(organisation.getType().getScheme().getCode())) {
            return null;
        }
        if (code == null || code.isBlank()) {
            throw new BusinessException("nationalFund", "offer.nationalFund.required");
        }
        if (!CareersCommitteePolicy.NETWORK_FUNDS.contains(code)) {
            throw new BusinessException("nationalFund", "offer.nationalFund.unknown");
        }
        return em.find(NationalFund.class, code);
    }

    @RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
    public List<OfferEvent> history(Long id) {
        JobOffer offer = access.forStaff(id);
        return em.createQuery("select e from OfferEvent e where e.offer = :offer order by e.at, e.id", OfferEvent.class)
                .setParameter("offer", offer).getResultList();
    }

    public Page<OfferRow> listForRecruiter(PageRequest page) {
        Long organisationId = users.currentOrganisation().getId();
        String order = page.orderBy(SORTS, "o.createdAt");
        List<Object[]> page1 = em.createQuery("select o.id, o.reference, o.title, ct.label, d.name, o.status, "
                        + "o.createdAt, o.publishedAt, o.closingDate from JobOffer o join o.contractType ct "
                        + "join o.departement d where o.organisation.id = :org order by " + order + ", o.id desc",
                        Object[].class)
                .setParameter("org", organisationId)
                .setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
        Map<Long, Long> counts = applicationCounts(page1.stream().map(r -> (Long) r[0]).toList());
        List<OfferRow> rows = page1.stream().map(r -> new OfferRow((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (OfferStatus) r[5], (Instant) r[6], (Instant) r[7], (LocalDate) r[8],
                counts.getOrDefault((Long) r[0], 0L))).toList();
        long total = em.createQuery("select count(o) from JobOffer o where o.organisation.id = :org", Long.class)
                .setParameter("org", organisationId).getSingleResult();
        return new Page<>(rows, total);
    }

    private Map<Long, Long> applicationCounts(List<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("select a.offer.id, count(a) from JobApplication a where a.offer.id in :ids group by a.offer.id",
                        Object[].class)
                .setParameter("ids", offerIds)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** The public view of an offer: only published offers exist for visitors. */
    @PermitAll
    public JobOffer findPublished(String reference) {
        if (!OfferReference.isValid(reference)) {
            throw new NotFoundException("offer.notFound");
        }
        return em.createQuery("select o from JobOffer o join fetch o.organisation join fetch o.contractType "
                        + "join fetch o.departement join fetch o.region left join fetch o.qualificationLevel "
                        + "left join fetch o.educationLevel where o.reference = :ref and o.status = :status", JobOffer.class)
                .setParameter("ref", reference).setParameter("status", OfferStatus.PUBLISHED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("offer.notFound"));
    }

    private void apply(JobOffer offer, OfferDraft draft, Instant now) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new BusinessException("title", "offer.title.required");
        }
        if (draft.title().strip().length() > JobOffer.TITLE_MAX) {
            throw new BusinessException("title", "offer.title.tooLong", JobOffer.TITLE_MAX);
        }
        if (draft.descriptionHtml() != null && draft.descriptionHtml().length() > JobOffer.DESCRIPTION_MAX) {
            throw new BusinessException("description", "offer.description.tooLong", JobOffer.DESCRIPTION_MAX);
        }
        if (draft.salary() != null && draft.salary().length() > JobOffer.SALARY_MAX) {
            throw new BusinessException("salary", "offer.salary.tooLong", JobOffer.SALARY_MAX);
        }
        ContractType contractType = required(ContractType.class, draft.contractTypeCode(), "contractType");
        Departement departement = required(Departement.class, draft.departementCode(), "departement");
        QualificationLevel qualification = optional(QualificationLevel.class, draft.qualificationLevelCode(),
                "qualificationLevel");
        EducationLevel education = optional(EducationLevel.class, draft.educationLevelCode(), "educationLevel");
        if (draft.closingDate() != null && draft.closingDate().isBefore(LocalDate.now(clock))) {
            throw new BusinessException("closingDate", "offer.closingDate.past");
        }
        offer.describe(draft.title(), contractType, departement, draft.descriptionHtml() == null ? "" :
                draft.descriptionHtml(), qualification, education, draft.salary(), draft.closingDate(), now);
        offer.setRemoteWork(draft.remoteWork());
    }

    private <T> T required(Class<T> type, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new BusinessException(field, "offer." + field + ".required");
        }
        return optional(type, code, field);
    }

    private <T> T optional(Class<T> type, String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        T value = em.find(type, code);
        if (value == null) {
            throw new BusinessException(field, "offer." + field + ".unknown");
        }
        return value;
    }

    private OfferReference nextReference(boolean executive) {
        Number next = (Number) em.createNativeQuery("select nextval('offer_reference_seq')").getSingleResult();
        return OfferReference.of(executive, next.longValue());
    }
}
