package fr.bde.alert.service;

import fr.bde.alert.domain.AlertCriteria;
import fr.bde.alert.domain.AlertPeriod;
import fr.bde.alert.domain.JobAlert;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.Branch;
import fr.bde.referential.domain.ContractType;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.QualificationLevel;
import fr.bde.referential.domain.Region;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A candidate's alerts: saved from a search, listed, renewed and deleted by their owner only
 * (another candidate's alert is "not found"); deleted without login by the signed link of a digest.
 */
@Stateless
@RolesAllowed(Role.Names.CANDIDATE)
public class JobAlertService {

    /** Enough for any real use; bounds what one account can make the digest do. */
    public static final int MAX_ALERTS = 20;
    private static final Map<String, String> SORTS = Map.of("createdAt", "a.createdAt", "endsOn", "a.endsOn",
            "keywords", "a.keywords");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private AlertLinks links;

    public Long create(AlertCriteria criteria, AlertPeriod period) {
        check(criteria, period);
        AppUser candidate = users.currentUser();
        long count = em.createQuery("select count(a) from JobAlert a where a.candidate = :candidate", Long.class)
                .setParameter("candidate", candidate).getSingleResult();
        if (count >= MAX_ALERTS) {
            throw new BusinessException("alert.tooMany", MAX_ALERTS);
        }
        JobAlert alert = new JobAlert(candidate, criteria, period, clock.instant(), LocalDate.now(clock));
        em.persist(alert);
        return alert.getId();
    }

    public Page<AlertRow> mine(PageRequest page) {
        AppUser candidate = users.currentUser();
        List<JobAlert> alerts = em.createQuery("select a from JobAlert a where a.candidate = :candidate order by "
                        + page.orderBy(SORTS, "a.createdAt") + ", a.id desc", JobAlert.class)
                .setParameter("candidate", candidate)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(a) from JobAlert a where a.candidate = :candidate", Long.class)
                .setParameter("candidate", candidate).getSingleResult();
        LocalDate today = LocalDate.now(clock);
        return new Page<>(alerts.stream().map(a -> row(a, today)).toList(), total);
    }

    public AlertRow get(Long id) {
        return row(mine(id), LocalDate.now(clock));
    }

    /** A new period from today (an ended alert starts again, with the offers published from now on). */
    public void changePeriod(Long id, AlertPeriod period) {
        if (period == null) {
            throw new BusinessException("period", "alert.period.required");
        }
        mine(id).renew(period, LocalDate.now(clock), clock.instant());
    }

    public void delete(Long id) {
        em.remove(mine(id));
    }

    /** The digest's link, without login: the signature proves the link was mailed for this alert. */
    @PermitAll
    public UnsubscribeOutcome unsubscribe(Long id, String signature) {
        if (!links.verify(id, signature)) {
            return UnsubscribeOutcome.INVALID;
        }
        JobAlert alert = em.find(JobAlert.class, id);
        if (alert == null) {
            return UnsubscribeOutcome.ALREADY_GONE;
        }
        em.remove(alert);
        return UnsubscribeOutcome.UNSUBSCRIBED;
    }

    private JobAlert mine(Long id) {
        JobAlert alert = id == null ? null : em.find(JobAlert.class, id);
        if (alert == null || !alert.isOwnedBy(users.currentUser())) {
            throw new NotFoundException("alert.notFound");
        }
        return alert;
    }

    private static void check(AlertCriteria criteria, AlertPeriod period) {
        if (criteria == null || criteria.isEmpty()) {
            throw new BusinessException("alert.criteria.empty");
        }
        if (criteria.keywords() != null && criteria.keywords().length() > AlertCriteria.KEYWORDS_MAX) {
            throw new BusinessException("keywords", "alert.keywords.tooLong", AlertCriteria.KEYWORDS_MAX);
        }
        if (period == null) {
            throw new BusinessException("period", "alert.period.required");
        }
    }

    private AlertRow row(JobAlert alert, LocalDate today) {
        AlertCriteria c = alert.criteria();
        return new AlertRow(alert.getId(), c.keywords(),
                name(Region.class, c.regionCode(), Region::getName),
                name(Departement.class, c.departementCode(), Departement::getName),
                name(Organisation.class, c.organisationId(), Organisation::getName),
                name(Branch.class, c.branchCode(), Branch::getName),
                name(ContractType.class, c.contractTypeCode(), ContractType::getLabel),
                name(QualificationLevel.class, c.qualificationLevelCode(), QualificationLevel::getLabel),
                c.remoteOnly(), alert.getPeriod(), alert.getCreatedAt(), alert.getEndsOn(), alert.isActiveOn(today));
    }

    private <T> String name(Class<T> type, Object key, Function<T, String> label) {
        T found = key == null ? null : em.find(type, key);
        return found == null ? null : label.apply(found);
    }
}
