package fr.bde.approval.service;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ApprovalStep;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.service.OfferAccess;
import fr.bde.publication.domain.ChannelDispatch;
import fr.bde.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EN3S control report (seed 001 §2.1): the in-scope offers of one period, whether the process was
 * launched, EN3S's answer, whether and when the offer was published, with the dates of each step.
 * A recruiter sees their organisation's offers, the Ucanss administrator all.
 */
@Stateless
@RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
public class En3sReportService {

    /** The sort field {@link #page} honours (the creation date, in either direction). */
    public static final String SORT_CREATED_AT = "createdAt";

    /** A later non-cancelled EN3S process of the same offer than {@code p}: {@code p} is not the one the report shows. */
    private static final String LATER_PROCESS = "select q.id from ApprovalProcess q where q.offer = p.offer "
            + "and q.kind = :kind and q.status <> :cancelled "
            + "and (q.startedAt > p.startedAt or (q.startedAt = p.startedAt and q.id > p.id))";

    /** Orders processes as {@link #LATER_PROCESS} does: by start, then id. */
    private static final Comparator<ApprovalProcess> LATEST = Comparator.comparing(ApprovalProcess::getStartedAt)
            .thenComparing(ApprovalProcess::getId);

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferAccess access;

    /** The periods that have offers, newest first. */
    public List<Integer> years() {
        Optional<Long> org = access.scopeOrganisation();
        TypedQuery<Integer> query = em.createQuery("select distinct o.en3sYear from JobOffer o where o.en3sYear is not null"
                + (org.isPresent() ? " and o.organisation.id = :org" : "") + " order by o.en3sYear desc", Integer.class);
        org.ifPresent(id -> query.setParameter("org", id));
        return query.getResultList();
    }

    /** One page, newest offers first, or oldest first when sorted on {@link #SORT_CREATED_AT} ascending. */
    public Page<En3sReportRow> page(int year, PageRequest page) {
        Optional<Long> org = access.scopeOrganisation();
        boolean ascending = SORT_CREATED_AT.equals(page.sortField()) && page.ascending();
        TypedQuery<Object[]> query = offers(year, org, "", ascending);
        List<Object[]> rows = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        TypedQuery<Long> count = em.createQuery("select count(o) from JobOffer o where o.en3sYear = :year"
                + (org.isPresent() ? " and o.organisation.id = :org" : ""), Long.class).setParameter("year", year);
        org.ifPresent(id -> count.setParameter("org", id));
        return new Page<>(complete(rows), count.getSingleResult());
    }

    /** The rows after a given one (for the .xlsx export, which reads the whole report by batches). */
    public List<En3sReportRow> after(int year, En3sReportRow last, int size) {
        Optional<Long> org = access.scopeOrganisation();
        TypedQuery<Object[]> query = offers(year, org, last == null ? ""
                : " and (o.createdAt < :at or (o.createdAt = :at and o.id < :id))", false);
        if (last != null) {
            query.setParameter("at", last.createdAt()).setParameter("id", last.offerId());
        }
        return complete(query.setMaxResults(size).getResultList());
    }

    /**
     * The totals line: in-scope offers, processes launched, answers (of each offer's latest process),
     * offers published and published without EN3S's validation. A few counting queries on the indexes
     * of the report, whatever the size of the period.
     */
    public En3sReportTotals totals(int year) {
        Optional<Long> org = access.scopeOrganisation();
        String scope = "o.en3sYear = :year" + (org.isPresent() ? " and o.organisation.id = :org" : "");
        long offers = scoped(em.createQuery("select count(o) from JobOffer o where " + scope, Long.class), year, org)
                .getSingleResult();
        if (offers == 0) {
            return En3sReportTotals.NONE;
        }
        Map<ProcessStatus, Long> answers = new EnumMap<>(ProcessStatus.class);
        scoped(em.createQuery("select p.status, count(p) from ApprovalProcess p join p.offer o where " + scope
                        + " and p.kind = :kind and p.status <> :cancelled and not exists (" + LATER_PROCESS + ")"
                        + " group by p.status", Object[].class), year, org)
                .setParameter("kind", ApprovalKind.EN3S_DEROGATION).setParameter("cancelled", ProcessStatus.CANCELLED)
                .getResultList().forEach(r -> answers.put((ProcessStatus) r[0], (Long) r[1]));
        String published = "exists (select d.id from ChannelDispatch d where d.offer = o and d.action = :publish)";
        long publishedCount = scoped(em.createQuery("select count(o) from JobOffer o where " + scope + " and "
                        + published, Long.class), year, org)
                .setParameter("publish", ChannelDispatch.Action.PUBLISH).getSingleResult();
        long withoutValidation = publishedCount == 0 ? 0 : scoped(em.createQuery("select count(o) from JobOffer o where "
                        + scope + " and " + published + " and not exists (select s.id from ApprovalStep s join s.process p "
                        + "where p.offer = o and p.kind = :kind and p.status = :approved and not exists (" + LATER_PROCESS
                        + ") and s.answeredAt is not null and s.answeredAt <= (select min(f.at) from ChannelDispatch f "
                        + "where f.offer = o and f.action = :publish))", Long.class), year, org)
                .setParameter("publish", ChannelDispatch.Action.PUBLISH).setParameter("kind", ApprovalKind.EN3S_DEROGATION)
                .setParameter("approved", ProcessStatus.APPROVED).setParameter("cancelled", ProcessStatus.CANCELLED)
                .getSingleResult();
        long validated = answers.getOrDefault(ProcessStatus.APPROVED, 0L);
        long refused = answers.getOrDefault(ProcessStatus.REFUSED, 0L);
        long pending = answers.getOrDefault(ProcessStatus.IN_PROGRESS, 0L);
        return new En3sReportTotals(offers, validated + refused + pending, validated, refused, pending, publishedCount,
                withoutValidation);
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, int year, Optional<Long> org) {
        query.setParameter("year", year);
        org.ifPresent(id -> query.setParameter("org", id));
        return query;
    }

    private TypedQuery<Object[]> offers(int year, Optional<Long> org, String after, boolean ascending) {
        TypedQuery<Object[]> query = em.createQuery("select o.id, o.reference, o.title, org.name, q.label, o.createdAt, "
                        + "o.createdBy, o.status from JobOffer o join o.organisation org left join o.qualificationLevel q "
                        + "where o.en3sYear = :year" + (org.isPresent() ? " and o.organisation.id = :org" : "") + after
                        + (ascending ? " order by o.createdAt asc, o.id asc" : " order by o.createdAt desc, o.id desc"),
                        Object[].class)
                .setParameter("year", year);
        org.ifPresent(id -> query.setParameter("org", id));
        return query;
    }

    /** Adds each offer's latest EN3S process and first publication: two queries per page. */
    private List<En3sReportRow> complete(List<Object[]> offers) {
        if (offers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = offers.stream().map(r -> (Long) r[0]).toList();
        Map<Long, ApprovalProcess> processes = new HashMap<>();
        em.createQuery("select distinct p from ApprovalProcess p left join fetch p.steps where p.offer.id in :ids "
                        + "and p.kind = :kind and p.status <> :cancelled", ApprovalProcess.class)
                .setParameter("ids", ids).setParameter("kind", ApprovalKind.EN3S_DEROGATION)
                .setParameter("cancelled", ProcessStatus.CANCELLED)
                .getResultList()
                .forEach(p -> processes.merge(p.getOffer().getId(), p, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b));
        Map<Long, Instant> published = new HashMap<>();
        em.createQuery("select d.offer.id, min(d.at) from ChannelDispatch d where d.offer.id in :ids "
                        + "and d.action = :action group by d.offer.id", Object[].class)
                .setParameter("ids", ids).setParameter("action", ChannelDispatch.Action.PUBLISH)
                .getResultList().forEach(r -> published.put((Long) r[0], (Instant) r[1]));
        return offers.stream().map(r -> {
            Long id = (Long) r[0];
            ApprovalProcess p = processes.get(id);
            Optional<ApprovalStep> answered = p == null ? Optional.empty()
                    : p.getSteps().stream().filter(s -> s.getAnsweredAt() != null).findFirst();
            return new En3sReportRow(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Instant) r[5],
                    (String) r[6], (OfferStatus) r[7],
                    p == null ? null : p.getStartedAt(), p == null ? null : p.getStartedBy(),
                    p == null ? null : p.getDueDate(), p == null ? null : p.getStatus(),
                    answered.map(ApprovalStep::getAnsweredAt).orElse(null),
                    answered.map(ApprovalStep::getAnsweredBy).orElse(null),
                    answered.map(ApprovalStep::getComment).orElse(null),
                    published.get(id));
        }).toList();
    }
}
