package fr.bde.mobility.persistence;

import fr.bde.common.PlannerStatistics;
import fr.bde.mobility.domain.CodeList;
import fr.bde.mobility.domain.MobilityWish;
import fr.bde.mobility.domain.PoolAssignment;
import fr.bde.mobility.domain.PoolKey;
import fr.bde.mobility.domain.WishKind;
import fr.bde.mobility.service.Places;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The duplication job's reads and writes, in plain JDBC (no entity is loaded): the wishes to
 * duplicate in id order with the few columns the rule needs, and, per chunk, a handful of
 * set-based statements whatever its size: the chunk's old entries deleted, the new ones inserted
 * by one INSERT ... SELECT that copies the searched columns from the wishes (the rule's result, a
 * (wish, pool) list, is bound as arrays), the wishes marked done (only if unchanged since they
 * were read), deleted wishes removed. The entries are inserted pool by pool, so that a pool's rows
 * sit together on disk and a search reads few pages. Runs in the chunk's transaction: a failed
 * chunk leaves nothing behind, and delete-then-insert per wish makes a second pass harmless.
 */
@Stateless
@PermitAll
public class PoolEntryStore {

    static final String COLUMNS = "id, version, deleted_at, kind, pool_regions, target_functions, wanted_schemes, "
            + "visible_outside_general, wanted_regions, wanted_departements";

    static final String INSERT = "insert into mobility_pool_entry (wish_id, audience, region_code, kind, diploma_rank, "
            + "available_from, wanted_branches, wanted_schemes, wanted_places, diploma_text, job_text, last_name, updated_at, "
            + "duplicated_at) "
            + "select w.id, t.audience, t.region_code, w.kind, w.diploma_rank, w.available_from, w.wanted_branches, "
            + "w.wanted_schemes, t.places, w.diploma_text, w.job_text, w.last_name, w.updated_at, ? "
            + "from unnest(cast(? as bigint array), cast(? as varchar array), cast(? as varchar array), "
            + "cast(? as varchar array)) as t(wish_id, audience, region_code, places) "
            // the chunk's id range lets the join read the chunk's wishes by primary key, not the whole table
            + "join mobility_wish w on w.id = t.wish_id where w.id between ? and ? "
            + "order by t.audience, t.region_code, t.wish_id";

    @Resource(lookup = "java:jboss/datasources/BdeDS")
    private DataSource dataSource;

    /** What the job reads of a wish: the rule's input and the places its entries store. */
    public record WishFacts(long id, int version, boolean deleted, PoolAssignment.Wish rule, String wantedPlaces)
            implements Serializable {
    }

    /** A wish and the pools it belongs in (none when deleted). */
    public record Duplication(WishFacts wish, Set<PoolKey> pools) implements Serializable {
    }

    /** What a chunk wrote. */
    public record Written(int wishes, int entries, int removed) {
    }

    /** The next wishes to duplicate after {@code afterId}: the pending ones, or all of them ({@code all}). */
    public List<WishFacts> next(long afterId, int max, boolean all) {
        String sql = "select " + COLUMNS + " from mobility_wish where " + (all ? "" : "pending = true and ")
                + "id > ? order by id limit ?";
        List<WishFacts> facts = new ArrayList<>(max);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(Math.min(max, 1000));
            statement.setLong(1, afterId);
            statement.setInt(2, max);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    facts.add(facts(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return facts;
    }

    private static WishFacts facts(ResultSet rs) throws SQLException {
        WishKind kind = WishKind.valueOf(rs.getString("kind"));
        String poolRegions = rs.getString("pool_regions");
        PoolAssignment.Wish rule = new PoolAssignment.Wish(kind, CodeList.parse(poolRegions),
                MobilityWish.functions(rs.getString("target_functions")), CodeList.parse(rs.getString("wanted_schemes")),
                rs.getBoolean("visible_outside_general"));
        return new WishFacts(rs.getLong("id"), rs.getInt("version"), rs.getTimestamp("deleted_at") != null, rule,
                Places.of(rs.getString("wanted_regions"), rs.getString("wanted_departements"), poolRegions));
    }

    /** Replaces the pool entries of the chunk's wishes and marks them done, in set-based statements. */
    public Written write(List<Duplication> chunk, Timestamp now) {
        List<Entry> entries = new ArrayList<>();
        for (Duplication d : chunk) {
            d.pools().forEach(pool -> entries.add(new Entry(d.wish(), pool)));
        }
        entries.sort(Entry.POOL_ORDER);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from mobility_pool_entry where wish_id = any(cast(? as bigint array))")) {
                delete.setArray(1, connection.createArrayOf("bigint", chunk.stream().map(d -> d.wish().id()).toArray()));
                delete.executeUpdate();
            }
            if (!entries.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setTimestamp(1, now);
                    insert.setArray(2, connection.createArrayOf("bigint", entries.stream().map(e -> e.wish().id()).toArray()));
                    insert.setArray(3, connection.createArrayOf("varchar",
                            entries.stream().map(e -> e.pool().audience().name()).toArray()));
                    insert.setArray(4, connection.createArrayOf("varchar",
                            entries.stream().map(e -> e.pool().regionCode()).toArray()));
                    insert.setArray(5, connection.createArrayOf("varchar",
                            entries.stream().map(e -> e.wish().wantedPlaces()).toArray()));
                    insert.setLong(6, chunk.stream().mapToLong(d -> d.wish().id()).min().orElseThrow());
                    insert.setLong(7, chunk.stream().mapToLong(d -> d.wish().id()).max().orElseThrow());
                    insert.executeUpdate();
                }
            }
            // a wish changed after it was read keeps its mark (other version): the next run takes it again
            Map<Boolean, Map<Integer, List<Long>>> byVersion = chunk.stream().map(Duplication::wish).collect(
                    Collectors.partitioningBy(WishFacts::deleted, Collectors.groupingBy(WishFacts::version,
                            Collectors.mapping(WishFacts::id, Collectors.toList()))));
            markDone(connection, "update mobility_wish set pending = false where id = any(cast(? as bigint array)) "
                    + "and version = ? and pending = true", byVersion.get(false));
            markDone(connection, "delete from mobility_wish where id = any(cast(? as bigint array)) and version = ? "
                    + "and deleted_at is not null", byVersion.get(true));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int removed = (int) chunk.stream().filter(d -> d.wish().deleted()).count();
        return new Written(chunk.size(), entries.size(), removed);
    }

    /**
     * Refreshes the planner's statistics of the pool entries after a run that rewrote many of them
     * (a first duplication, or every wish again): without them a search may pick a poor plan
     * until the database's own sampling catches up.
     */
    public void refreshStatistics() {
        try (Connection connection = dataSource.getConnection()) {
            PlannerStatistics.refresh(connection, "mobility_pool_entry");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One statement per version met in the chunk (usually one or two). */
    private static void markDone(Connection connection, String sql, Map<Integer, List<Long>> idsByVersion)
            throws SQLException {
        if (idsByVersion.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map.Entry<Integer, List<Long>> version : idsByVersion.entrySet()) {
                statement.setArray(1, connection.createArrayOf("bigint", version.getValue().toArray()));
                statement.setInt(2, version.getKey());
                statement.executeUpdate();
            }
        }
    }

    /** One row to insert: a wish in one of its pools. */
    private record Entry(WishFacts wish, PoolKey pool) {
        static final Comparator<Entry> POOL_ORDER = Comparator.comparing((Entry e) -> e.pool().audience().name())
                .thenComparing(e -> e.pool().regionCode()).thenComparingLong(e -> e.wish().id());
    }
}
