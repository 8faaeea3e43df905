package fr.bde.offer.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.offer.domain.Channel;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.domain.OfferReference;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.domain.Publication;
import fr.bde.offer.domain.PublicationPolicy;
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

    public JobOffer create(OfferDraft draft) {
        AppUser user = users.currentUser();
        Organisation organisation = users.currentOrganisation();
        Instant now = clock.instant();
        JobOffer offer = new JobOffer(nextReference(false), organisation, user.getLogin(), now);
        apply(offer, draft, now);
        em.persist(offer);
        em.persist(new OfferEvent(offer, OfferEvent.Action.CREATED, user.getLogin(), now, null));
        return offer;
    }

    public JobOffer update(Long id, OfferDraft draft) {
        JobOffer offer = getForRecruiter(id);
        if (offer.getStatus() == OfferStatus.CLOSED) {
            throw new BusinessException("offer.edit.closed");
        }
        Instant now = clock.instant();
        apply(offer, draft, now);
        em.persist(new OfferEvent(offer, OfferEvent.Action.UPDATED, users.currentUser().getLogin(), now, null));
        return offer;
    }

    /** Publishes on ucanss.fr once every precondition holds; otherwise says what is missing. */
    public JobOffer publish(Long id) {
        JobOffer offer = getForRecruiter(id);
        Instant now = clock.instant();
        List<PublicationPolicy.Violation> violations = PublicationPolicy.check(offer, LocalDate.now(clock));
        if (!violations.isEmpty()) {
            PublicationPolicy.Violation first = violations.get(0);
            throw new BusinessException(first.field(), first.messageKey());
        }
        String login = users.currentUser().getLogin();
        offer.markPublished(now);
        em.persist(new Publication(offer, Channel.UCANSS, login, now));
        em.persist(new OfferEvent(offer, OfferEvent.Action.PUBLISHED, login, now, Channel.UCANSS.getSite()));
        return offer;
    }

    /** An offer of the caller's organisation; any other is refused, whatever id is forged. */
    public JobOffer getForRecruiter(Long id) {
        JobOffer offer = id == null ? null : em.find(JobOffer.class, id);
        if (offer == null) {
            throw new NotFoundException("offer.notFound");
        }
        if (!offer.getOrganisation().getId().equals(users.currentOrganisation().getId())) {
            throw new AccessDeniedException();
        }
        return offer;
    }

    public List<String> publishingProblems(Long id) {
        return PublicationPolicy.check(getForRecruiter(id), LocalDate.now(clock)).stream()
                .map(PublicationPolicy.Violation::messageKey).toList();
    }

    public List<OfferEvent> history(Long id) {
        JobOffer offer = getForRecruiter(id);
        return em.createQuery("select e from OfferEvent e where e.offer = :offer order by e.at, e.id", OfferEvent.class)
                .setParameter("offer", offer).getResultList();
    }

    public List<Publication> publications(Long id) {
        JobOffer offer = getForRecruiter(id);
        return em.createQuery("select p from Publication p where p.offer = :offer order by p.publishedAt", Publication.class)
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
