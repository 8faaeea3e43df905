package fr.bde.mobility.persistence;

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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The duplication job's reads and writes, in plain JDBC (no entity is loaded): the wishes to
 * duplicate in id order with the few columns the rule and the pool entries need, and, per chunk,
 * set-based batches: the chunk's old entries deleted, the new ones inserted, the wishes marked
 * done (only if unchanged since they were read), deleted wishes removed. Runs in the chunk's
 * transaction: a failed chunk leaves nothing behind, and delete-then-insert per wish makes a
 * second pass over the same wishes harmless.
 */
@Stateless
@PermitAll
public class PoolEntryStore {

    static final String COLUMNS = "id, version, deleted_at, kind, pool_regions, target_functions, wanted_schemes, "
            + "visible_outside_general, diploma_rank, available_from, wanted_branches, wanted_regions, "
            + "wanted_departements, diploma_text, job_text, last_name, updated_at";

    @Resource(lookup = "java:jboss/datasources/BdeDS")
    private DataSource dataSource;

    /** What the job reads of a wish. */
    public record WishFacts(long id, int version, boolean deleted, PoolAssignment.Wish rule, int diplomaRank,
                            Date availableFrom, String wantedBranches, String wantedSchemes, String wantedPlaces,
                            String diplomaText, String jobText, String lastName, Timestamp updatedAt)
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
        String wantedSchemes = rs.getString("wanted_schemes");
        PoolAssignment.Wish rule = new PoolAssignment.Wish(kind, CodeList.parse(poolRegions),
                MobilityWish.functions(rs.getString("target_functions")), CodeList.parse(wantedSchemes),
                rs.getBoolean("visible_outside_general"));
        return new WishFacts(rs.getLong("id"), rs.getInt("version"), rs.getTimestamp("deleted_at") != null, rule,
                rs.getInt("diploma_rank"), rs.getDate("available_from"), rs.getString("wanted_branches"), wantedSchemes,
                Places.of(rs.getString("wanted_regions"), rs.getString("wanted_departements"), poolRegions),
                rs.getString("diploma_text"), rs.getString("job_text"), rs.getString("last_name"),
                rs.getTimestamp("updated_at"));
    }

    /** Replaces the pool entries of the chunk's wishes and marks them done, in set-based batches. */
    public Written write(List<Duplication> chunk, Timestamp now) {
        int entries = 0;
        int removed = 0;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from mobility_pool_entry where wish_id = ?")) {
                for (Duplication d : chunk) {
                    delete.setLong(1, d.wish().id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into mobility_pool_entry (wish_id, audience, "
                    + "region_code, kind, diploma_rank, available_from, wanted_branches, wanted_schemes, wanted_places, "
                    + "diploma_text, job_text, last_name, updated_at, duplicated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Duplication d : chunk) {
                    WishFacts w = d.wish();
                    for (PoolKey pool : d.pools()) {
                        insert.setLong(1, w.id());
                        insert.setString(2, pool.audience().name());
                        insert.setString(3, pool.regionCode());
                        insert.setString(4, w.rule().kind().name());
                        insert.setInt(5, w.diplomaRank());
                        insert.setDate(6, w.availableFrom());
                        insert.setString(7, w.wantedBranches());
                        insert.setString(8, w.wantedSchemes());
                        insert.setString(9, w.wantedPlaces());
                        insert.setString(10, w.diplomaText());
                        insert.setString(11, w.jobText());
                        insert.setString(12, w.lastName());
                        insert.setTimestamp(13, w.updatedAt());
                        insert.setTimestamp(14, now);
                        insert.addBatch();
                        entries++;
                    }
                }
                insert.executeBatch();
            }
            // a wish changed after it was read keeps its mark (other version): the next run takes it again
            try (PreparedStatement done = connection.prepareStatement("update mobility_wish set pending = false "
                    + "where id = ? and version = ? and pending = true");
                 PreparedStatement drop = connection.prepareStatement("delete from mobility_wish where id = ? and version = ? "
                         + "and deleted_at is not null")) {
                for (Duplication d : chunk) {
                    PreparedStatement statement = d.wish().deleted() ? drop : done;
                    statement.setLong(1, d.wish().id());
                    statement.setInt(2, d.wish().version());
                    statement.addBatch();
                    if (d.wish().deleted()) {
                        removed++;
                    }
                }
                done.executeBatch();
                drop.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Written(chunk.size(), entries, removed);
    }
}
