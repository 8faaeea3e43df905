package fr.bde.mobility.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.mobility.domain.CodeList;
import fr.bde.mobility.domain.ExecutiveFunction;
import fr.bde.mobility.domain.MobilityWish;
import fr.bde.mobility.domain.WishKind;
import fr.bde.referential.domain.Branch;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
import fr.bde.referential.domain.Region;
import fr.bde.referential.domain.Scheme;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The pool search of recruiters and career managers: always within the caller's pools
 * ({@link PoolScope}), on the questionnaire's answers, a page at a time; opening or exporting a
 * wish is logged for its owner. Reads mobility_pool_entry only for the filtering (in the pool's
 * index range: the first COUNT_CAP + 1 matching ids give the page and the count in one scan), then
 * the page's wishes by id; the count stops at {@link #COUNT_CAP}.
 */
@Stateless
@RolesAllowed({Role.Names.RECRUITER, Role.Names.CAREER_MANAGER})
public class MobilityPoolService {

    /** Beyond this many matches the screen says "more than": counting them all would cost more than the page. */
    public static final int COUNT_CAP = 1000;
    public static final String VIEW = "VIEW";
    public static final String EXPORT = "EXPORT";

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/BdeDS")
    private DataSource dataSource;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    /** The caller's pool; a user with none (e.g. a recruiter of a special scheme) is refused. */
    public PoolScope scope() {
        return PoolScope.of(users.currentUser()).orElseThrow(AccessDeniedException::new);
    }

    /** One page of matches, newest change first unless sorted; total capped at COUNT_CAP + 1. */
    public Page<PoolRow> search(PoolCriteria criteria, PageRequest page) {
        PoolQuery query = query(scope(), criteria);
        String order = page.orderBy(PoolQuery.SORTS, "e.updated_at") + ", e.wish_id"
                + (page.sortField() != null && page.ascending() ? " asc" : " desc");
        String select = "select e.wish_id from mobility_pool_entry e where " + query.where + " order by " + order;
        try (Connection connection = dataSource.getConnection()) {
            if (page.first() + page.size() <= COUNT_CAP + 1) {
                // one scan of the pool: the first COUNT_CAP + 1 matches give both the page and the (capped) count
                List<Long> ids = ids(connection, select + " limit " + (COUNT_CAP + 1), query.parameters);
                List<Long> pageIds = ids.subList(Math.min(page.first(), ids.size()),
                        Math.min(page.first() + page.size(), ids.size()));
                return new Page<>(rows(connection, pageIds), ids.size());
            }
            List<Object> parameters = new ArrayList<>(query.parameters);
            parameters.add(page.size());
            parameters.add(page.first());
            List<Long> ids = ids(connection, select + " limit ? offset ?", parameters);
            List<Long> counted = ids(connection, "select e.wish_id from mobility_pool_entry e where " + query.where
                    + " limit " + (COUNT_CAP + 1), query.parameters);
            return new Page<>(rows(connection, ids), counted.size());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Opens a wish of the caller's pools and logs the access for its owner. */
    public WishDetail open(Long wishId) {
        PoolScope scope = scope();
        MobilityWish wish = wishId == null ? null : em.find(MobilityWish.class, wishId);
        if (wish == null || wish.getDeletedAt() != null) {
            throw new NotFoundException("mobility.wish.notFound");
        }
        if (!inScope(scope, wishId)) {
            throw new AccessDeniedException();
        }
        logAccess(List.of(wishId), VIEW);
        return detail(wish);
    }

    /**
     * The export's next batch in wish id order (keyset after {@code afterId}), within the same scope
     * and criteria as the screen; each exported wish is logged for its owner.
     */
    public List<WishDetail> exportBatch(PoolCriteria criteria, long afterId, int size) {
        PoolQuery query = query(scope(), criteria);
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select e.wish_id from mobility_pool_entry e where "
                     + query.where + " and e.wish_id > ? order by e.wish_id limit ?")) {
            int next = bind(statement, query.parameters);
            statement.setLong(next, afterId);
            statement.setInt(next + 1, size);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<MobilityWish> wishes = em.createQuery("select distinct w from MobilityWish w join fetch w.organisation "
                + "left join fetch w.diplomas where w.id in :ids order by w.id", MobilityWish.class)
                .setParameter("ids", ids).getResultList();
        logAccess(ids, EXPORT);
        List<WishDetail> details = wishes.stream().map(this::detail).toList();
        em.clear();
        return details;
    }

    private PoolQuery query(PoolScope scope, PoolCriteria criteria) {
        Integer rank = null;
        if (criteria.getDiplomaLevel() != null && !criteria.getDiplomaLevel().isBlank()) {
            EducationLevel level = em.find(EducationLevel.class, criteria.getDiplomaLevel());
            rank = level == null ? null : level.getRankOrder();
        }
        String departementRegion = null;
        if (criteria.getWantedDepartement() != null && !criteria.getWantedDepartement().isBlank()) {
            Departement departement = em.find(Departement.class, criteria.getWantedDepartement());
            departementRegion = departement == null ? "?" : departement.getRegion().getCode();
        }
        return new PoolQuery(scope, criteria, rank, departementRegion);
    }

    private boolean inScope(PoolScope scope, Long wishId) {
        return !em.createNativeQuery("select 1 from mobility_pool_entry where wish_id = ?1 and audience = ?2 "
                        + "and region_code = ?3")
                .setParameter(1, wishId).setParameter(2, scope.audience().name()).setParameter(3, scope.regionCode())
                .getResultList().isEmpty();
    }

    private void logAccess(List<Long> wishIds, String channel) {
        AppUser viewer = users.currentUser();
        String organisation = viewer.getOrganisation() == null ? null : viewer.getOrganisation().getName();
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into mobility_wish_access (id, wish_id, "
                     + "viewer_login, viewer_name, organisation_name, channel, accessed_at) "
                     + "values (nextval('mobility_wish_access_seq'), ?, ?, ?, ?, ?, ?)")) {
            for (Long id : wishIds) {
                insert.setLong(1, id);
                insert.setString(2, viewer.getLogin());
                insert.setString(3, viewer.getDisplayName());
                insert.setString(4, organisation);
                insert.setString(5, channel);
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<PoolRow> rows(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PoolRow> byId = new HashMap<>();
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        try (PreparedStatement statement = connection.prepareStatement("select w.id, w.kind, w.last_name, w.first_name, "
                + "o.name, w.current_job, w.target_jobs, w.available_from, w.updated_at from mobility_wish w "
                + "join organisation o on o.id = w.organisation_id where w.id in (" + marks + ")")) {
            bind(statement, new ArrayList<>(ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getLong(1), new PoolRow(rs.getLong(1), WishKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getDate(8).toLocalDate(), rs.getTimestamp(9).toInstant()));
                }
            }
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private WishDetail detail(MobilityWish w) {
        Function<String, String> branch = code -> name(Branch.class, code, Branch::getName);
        Function<String, String> scheme = code -> name(Scheme.class, code, Scheme::getName);
        List<WishDetail.DiplomaRow> diplomas = w.getDiplomas().stream().map(d -> new WishDetail.DiplomaRow(
                name(EducationLevel.class, d.getLevelCode(), EducationLevel::getLabel), d.getTitle(), d.getYear())).toList();
        return new WishDetail(w.getId(), w.getKind(), w.getLastName(), w.getFirstName(), w.getEmail(), w.getPhone(),
                w.getOrganisation().getName(), branch.apply(w.getBranchCode()), scheme.apply(w.getSchemeCode()),
                w.getCurrentJob(), w.getCurrentLevel(), w.getStaffCategory(), diplomas, w.getTrainings(), w.getJobsHeld(),
                w.getTargetJobs(), MobilityWish.functions(w.getTargetFunctions()).stream().map(ExecutiveFunction::name).toList(),
                CodeList.parse(w.getWantedBranches()).stream().map(branch).toList(),
                CodeList.parse(w.getWantedSchemes()).stream().map(scheme).toList(),
                CodeList.parse(w.getWantedRegions()).stream().map(c -> name(Region.class, c, Region::getName)).toList(),
                CodeList.parse(w.getWantedDepartements()).stream()
                        .map(c -> c + " " + name(Departement.class, c, Departement::getName)).toList(),
                w.getAvailableFrom(), w.isVisibleOutsideGeneralScheme(), w.getUpdatedAt());
    }

    private <T> String name(Class<T> type, String code, Function<T, String> name) {
        T entity = code == null ? null : em.find(type, code);
        return entity == null ? code : name.apply(entity);
    }
}
