package fr.bde.commission.service;

import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import fr.bde.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Results across companies for the commission (seed 002: consolidated opinions per candidate, and the
 * number of job seekers recruited through the scheme). Set-based: a page of candidate ids first (newest profiles
 * with a sheet), then one GROUP BY on the sheets' (profile, result) index for that page's counts and
 * one query for its sheets; the total and the recruited count are single aggregates over the sheets'
 * indexes ((profile, result), (status, profile)). Nothing is loaded one candidate at a time.
 */
@Stateless
@RolesAllowed(Role.Names.COMMISSION)
public class ConsolidatedResultsService {

    /** Recruited through the scheme: on trial / apprenticeship, or confirmed (a broken contract is not counted). */
    public static final Set<SheetStatus> RECRUITED = EnumSet.of(SheetStatus.RECRUITED_ON_TRIAL, SheetStatus.RECRUITED);
    /** Opinions against the candidate. */
    public static final Set<SheetStatus> NEGATIVE = EnumSet.of(SheetStatus.NOT_RETAINED, SheetStatus.NOT_EMPLOYABLE);

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    /** A page of candidates with at least one company opinion, newest files first, with every company's opinion. */
    public Page<CandidateOpinions> opinions(PageRequest page) {
        // the page of candidates first: newest profiles that have a sheet (primary key read backwards, each
        // probing the sheets' profile index), so a page costs its 20 rows whatever the number of sheets
        List<Long> pageIds = em.createQuery("select p.id from TalentProfile p where exists (select 1 from FollowUpSheet s "
                        + "where s.profile = p) order by p.id desc", Long.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(distinct s.profile.id) from FollowUpSheet s", Long.class)
                .getSingleResult();
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        List<Object[]> groups = em.createQuery("select s.profile.id, count(s), "
                        + "sum(case when s.status in :recruited then 1 else 0 end), "
                        + "sum(case when s.status in :negative then 1 else 0 end), max(s.updatedOn) "
                        + "from FollowUpSheet s where s.profile.id in :ids group by s.profile.id order by s.profile.id desc",
                        Object[].class)
                .setParameter("recruited", RECRUITED).setParameter("negative", NEGATIVE).setParameter("ids", pageIds)
                .getResultList();
        List<Long> ids = groups.stream().map(g -> (Long) g[0]).toList();
        Map<Long, Object[]> profiles = new HashMap<>();
        em.createQuery("select p.id, p.civility, p.lastName, p.firstName, p.classification, p.classifiedAt, p.areaCode "
                        + "from TalentProfile p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(r -> profiles.put((Long) r[0], r));
        Map<Long, List<CompanyOpinion>> opinions = new HashMap<>();
        em.createQuery("select s.profile.id, c.name, s.result, s.status, s.updatedOn, s.comment "
                        + "from FollowUpSheet s join s.company c where s.profile.id in :ids order by c.name", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(r -> opinions.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new CompanyOpinion(
                        (String) r[1], (SheetResult) r[2], (SheetStatus) r[3], (LocalDate) r[4], (String) r[5])));
        List<CandidateOpinions> rows = new ArrayList<>();
        for (Object[] g : groups) {
            Long id = (Long) g[0];
            Object[] p = profiles.get(id);
            rows.add(new CandidateOpinions(id, (fr.bde.talentpool.domain.Civility) p[1], (String) p[2], (String) p[3],
                    (fr.bde.talentpool.domain.Classification) p[4], (java.time.Instant) p[5], (String) p[6],
                    ((Number) g[1]).longValue(), ((Number) g[2]).longValue(), ((Number) g[3]).longValue(),
                    (LocalDate) g[4], opinions.getOrDefault(id, List.of())));
        }
        return new Page<>(rows, total);
    }

    /** Job seekers recruited through the scheme (each counted once, whatever the number of companies). */
    public RecruitedCount recruited() {
        long recruited = em.createQuery("select count(distinct s.profile.id) from FollowUpSheet s where s.status in :s",
                Long.class).setParameter("s", RECRUITED).getSingleResult();
        long confirmed = em.createQuery("select count(distinct s.profile.id) from FollowUpSheet s where s.status = :s",
                Long.class).setParameter("s", SheetStatus.RECRUITED).getSingleResult();
        return new RecruitedCount(recruited, confirmed);
    }
}
