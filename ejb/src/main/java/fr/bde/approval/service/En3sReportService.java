package fr.bde.approval.service;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ApprovalStep;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.offer.domain.En3sAnswer;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.service.OfferAccess;
import fr.bde.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EN3S control report (seed 001 §2.1): the in-scope offers of one period, whether the process was
 * launched, EN3S's answer, whether and when the offer was published, with the dates of each step.
 * A recruiter sees their organisation's offers, the Ucanss administrator all.
 *
 * <p>Every query reads one index range in its own order (the orders name the index's columns from
 * the first, which H2 needs to stop at a page), so the first page and the totals cost the same with
 * a hundred or a hundred thousand offers in the period. The organisation is named by the offer's own
 * column ({@code fk()}), and joined as an entity: with a join on the path {@code o.organisation},
 * Hibernate reads the joined organisation's key instead, which no index of the offers holds.
 */
@Stateless
@RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
public class En3sReportService {

    /** The sort field {@link #page} honours (the creation date, in either direction). */
    public static final String SORT_CREATED_AT = "createdAt";

    /** No period before this one (a lower bound also keeps the last seek from walking offers outside any period). */
    public static final int FIRST_YEAR = 2000;

    /** Orders processes by start, then id: the latest is the one the report shows. */
    private static final Comparator<ApprovalProcess> LATEST = Comparator.comparing(ApprovalProcess::getStartedAt)
            .thenComparing(ApprovalProcess::getId);

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferAccess access;

    /**
     * The periods that have offers, newest first: one index seek per period (the next year below the
     * last one found) rather than a pass over every offer.
     */
    public List<Integer> years() {
        Optional<Long> org = access.scopeOrganisation();
        List<Integer> years = new ArrayList<>();
        Integer below = Integer.MAX_VALUE;
        while (below != null) {
            TypedQuery<Integer> query = em.createQuery("select o.en3sYear from JobOffer o "
                    + "where o.en3sYear < :below and o.en3sYear >= :first"
                    + (org.isPresent() ? " and fk(o.organisation) = :org" : "") + " order by "
                    + (org.isPresent() ? "fk(o.organisation) desc, " : "") + "o.en3sYear desc", Integer.class)
                    .setParameter("below", below).setParameter("first", FIRST_YEAR).setMaxResults(1);
            org.ifPresent(id -> query.setParameter("org", id));
            below = query.getResultStream().findFirst().orElse(null);
            if (below != null) {
                years.add(below);
            }
        }
        return years;
    }

    /** One page, newest offers first, or oldest first when sorted on {@link #SORT_CREATED_AT} ascending. */
    public Page<En3sReportRow> page(int year, PageRequest page) {
        Optional<Long> org = access.scopeOrganisation();
        boolean ascending = SORT_CREATED_AT.equals(page.sortField()) && page.ascending();
        List<Object[]> rows = offers(year, org, "", ascending)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = scoped(em.createQuery("select count(o) from JobOffer o where " + scope(org), Long.class), year, org)
                .getSingleResult();
        return new Page<>(complete(rows), total);
    }

    /** The rows after a given one, newest first (for the .xlsx export, which reads the whole report by batches). */
    public List<En3sReportRow> after(int year, En3sReportRow last, int size) {
        Optional<Long> org = access.scopeOrganisation();
        TypedQuery<Object[]> query = offers(year, org, last == null ? ""
                : " and o.createdAt <= :at and (o.createdAt < :at or o.id < :id)", false);
        if (last != null) {
            query.setParameter("at", last.createdAt()).setParameter("id", last.offerId());
        }
        return complete(query.setMaxResults(size).getResultList());
    }

    /**
     * The totals line: in-scope offers, processes launched, EN3S's answers (to each offer's latest
     * request), offers published and published without EN3S's validation. One pass over an index
     * holding what it counts (the follow-up the approval and publication services keep on the offer).
     */
    public En3sReportTotals totals(int year) {
        Optional<Long> org = access.scopeOrganisation();
        Object[] r = scoped(em.createQuery("select count(o), count(o.en3sAnswer), "
                        + "sum(case when o.en3sAnswer = :validated then 1 else 0 end), "
                        + "sum(case when o.en3sAnswer = :refused then 1 else 0 end), "
                        + "sum(case when o.en3sAnswer = :pending then 1 else 0 end), "
                        + "count(o.firstPublishedAt), "
                        + "sum(case when o.firstPublishedAt is not null and (o.en3sAnswer is null "
                        + "or o.en3sAnswer <> :validated or o.en3sAnsweredAt is null "
                        + "or o.en3sAnsweredAt > o.firstPublishedAt) then 1 else 0 end) "
                        + "from JobOffer o where " + scope(org), Object[].class), year, org)
                .setParameter("validated", En3sAnswer.VALIDATED).setParameter("refused", En3sAnswer.REFUSED)
                .setParameter("pending", En3sAnswer.PENDING)
                .getSingleResult();
        return new En3sReportTotals(number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                number(r[5]), number(r[6]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String scope(Optional<Long> org) {
        return "o.en3sYear = :year" + (org.isPresent() ? " and fk(o.organisation) = :org" : "");
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, int year, Optional<Long> org) {
        query.setParameter("year", year);
        org.ifPresent(id -> query.setParameter("org", id));
        return query;
    }

    private TypedQuery<Object[]> offers(int year, Optional<Long> org, String after, boolean ascending) {
        String direction = ascending ? "" : " desc";
        String order = (org.isPresent() ? "fk(o.organisation)" + direction + ", " : "") + "o.en3sYear" + direction
                + ", o.createdAt" + direction + ", o.id" + direction;
        return scoped(em.createQuery("select o.id, o.reference, o.title, org.name, q.label, o.createdAt, "
                        + "o.createdBy, o.status, o.firstPublishedAt from JobOffer o "
                        + "join Organisation org on org.id = fk(o.organisation) "
                        + "left join o.qualificationLevel q where " + scope(org) + after + " order by " + order,
                Object[].class), year, org);
    }

    /** Adds each offer's latest EN3S process (not withdrawn) with its steps: one more query per page. */
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
                    (Instant) r[8]);
        }).toList();
    }
}
