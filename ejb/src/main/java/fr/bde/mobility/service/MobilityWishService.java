package fr.bde.mobility.service;

import fr.bde.common.NotFoundException;
import fr.bde.mobility.domain.MobilityWish;
import fr.bde.mobility.domain.PoolAudience;
import fr.bde.mobility.domain.WishForm;
import fr.bde.mobility.domain.WishKind;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
import fr.bde.referential.domain.Region;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An employee's mobility wishes (seed 000 §2.4): recorded from the questionnaire, at most one of
 * each kind, changed, deleted; listed with their pools and who consulted them. A wish is only ever
 * reached through its owner (another candidate's wish is "not found"). Each change is duplicated
 * into the pools right after commit ({@link WishChanged}), the scheduled job being the safety net.
 */
@Stateless
@RolesAllowed(Role.Names.CANDIDATE)
public class MobilityWishService {

    static final int ACCESS_LOG_SHOWN = 50;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private Event<WishChanged> changes;

    /** A new questionnaire, pre-filled with the account's name and address. */
    public WishForm blank(WishKind kind) {
        AppUser candidate = users.currentUser();
        WishForm form = new WishForm(kind);
        String name = candidate.getDisplayName();
        int space = name.indexOf(' ');
        form.setFirstName(space > 0 ? name.substring(0, space) : name);
        form.setLastName(space > 0 ? name.substring(space + 1) : "");
        form.setEmail(candidate.getEmail());
        return form;
    }

    /** The candidate's wish of this kind, if any, as a form to edit. */
    public WishForm current(WishKind kind) {
        return findMine(kind).map(MobilityWish::toForm).orElse(null);
    }

    public WishForm get(Long id) {
        return mine(id).toForm();
    }

    /** Records a new wish, or changes the candidate's own (form id set); returns its id. */
    public Long save(WishForm form) {
        List<WishForm.Problem> problems = form.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new WishRejectedException(problems);
        }
        Organisation organisation = em.find(Organisation.class, form.getOrganisationId());
        if (organisation == null) {
            throw new WishRejectedException(List.of(new WishForm.Problem("organisation", "mobility.form.organisation.required")));
        }
        Instant now = clock.instant();
        MobilityWish wish;
        if (form.getId() == null) {
            if (findMine(form.getKind()).isPresent()) {
                throw new WishRejectedException(List.of(new WishForm.Problem(null, "mobility.form.alreadyRecorded")));
            }
            wish = new MobilityWish(users.currentUser(), form.getKind(), now);
        } else {
            wish = mine(form.getId());
        }
        wish.answer(form, organisation, poolRegions(form), levelRanks(), now);
        if (wish.getId() == null) {
            em.persist(wish);
        }
        em.flush();
        changes.fire(new WishChanged(wish.getId()));
        return wish.getId();
    }

    /** Deletes the candidate's wish: gone from their space now, from every pool at the next duplication. */
    public void delete(Long id) {
        MobilityWish wish = mine(id);
        wish.delete(clock.instant());
        changes.fire(new WishChanged(id));
    }

    /** The candidate's wishes with their pools (once duplicated) and the last accesses by recruiters. */
    public List<MyWish> mine() {
        AppUser candidate = users.currentUser();
        List<MobilityWish> wishes = em.createQuery("select w from MobilityWish w where w.candidate = :candidate "
                        + "and w.deletedAt is null order by w.kind", MobilityWish.class)
                .setParameter("candidate", candidate).getResultList();
        Map<String, String> regionNames = new HashMap<>();
        em.createQuery("select r from Region r", Region.class).getResultList()
                .forEach(r -> regionNames.put(r.getCode(), r.getName()));
        return wishes.stream().map(w -> new MyWish(w.getId(), w.getKind(), w.getCurrentJob(), w.getTargetJobs(),
                w.getAvailableFrom(), w.getUpdatedAt(), w.isPending(), pools(w.getId(), regionNames),
                accesses(w.getId()))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<WishPool> pools(Long wishId, Map<String, String> regionNames) {
        List<Object[]> rows = em.createNativeQuery("select audience, region_code, kind, duplicated_at from mobility_pool_entry "
                + "where wish_id = ?1 order by audience, region_code").setParameter(1, wishId).getResultList();
        return rows.stream().map(r -> new WishPool(PoolAudience.valueOf((String) r[0]), (String) r[1],
                regionNames.get((String) r[1]), WishKind.valueOf((String) r[2]), instant(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<AccessRow> accesses(Long wishId) {
        List<Object[]> rows = em.createNativeQuery("select viewer_name, organisation_name, channel, accessed_at "
                        + "from mobility_wish_access where wish_id = ?1 order by accessed_at desc, id desc")
                .setParameter(1, wishId).setMaxResults(ACCESS_LOG_SHOWN).getResultList();
        return rows.stream().map(r -> new AccessRow((String) r[0], (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    private java.util.Optional<MobilityWish> findMine(WishKind kind) {
        return em.createQuery("select w from MobilityWish w where w.candidate = :candidate and w.kind = :kind "
                        + "and w.deletedAt is null", MobilityWish.class)
                .setParameter("candidate", users.currentUser()).setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    private MobilityWish mine(Long id) {
        MobilityWish wish = id == null ? null : em.find(MobilityWish.class, id);
        // ids, not equals(): the candidate may be a lazy proxy, whose fields read null
        if (wish == null || wish.getDeletedAt() != null
                || !wish.getCandidate().getId().equals(users.currentUser().getId())) {
            throw new NotFoundException("mobility.wish.notFound");
        }
        return wish;
    }

    private Set<String> poolRegions(WishForm form) {
        Set<String> regions = new LinkedHashSet<>();
        for (String code : form.getWantedRegions()) {
            if (em.find(Region.class, code) != null) {
                regions.add(code);
            }
        }
        for (String code : form.getWantedDepartements()) {
            Departement departement = em.find(Departement.class, code);
            if (departement != null) {
                regions.add(departement.getRegion().getCode());
            }
        }
        return regions;
    }

    private Map<String, Integer> levelRanks() {
        Map<String, Integer> ranks = new HashMap<>();
        em.createQuery("select l from EducationLevel l", EducationLevel.class).getResultList()
                .forEach(l -> ranks.put(l.getCode(), l.getRankOrder()));
        return ranks;
    }
}
