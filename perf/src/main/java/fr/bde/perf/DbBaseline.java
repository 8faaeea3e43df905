package fr.bde.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nearest raw baseline: the same searches run straight on PostgreSQL over JDBC, each as the
 * application answers it, a page of results plus the exact total.
 *
 * <ul>
 *   <li>{@link Mode#FTS}: PostgreSQL full-text search, a stored {@code tsvector} (title weighted A,
 *   description D) in a French configuration with accents folded ({@code unaccent}), a GIN index,
 *   btree indexes for the filters and the sorts, vacuumed; keyword searches ranked by {@code ts_rank}. This is the best the
 *   database alone can do, and what the application would do without its Lucene index.</li>
 *   <li>{@link Mode#ILIKE}: the naive {@code ILIKE '%word%'} on title and description (every word
 *   must match), newest first: no index can serve it.</li>
 * </ul>
 *
 * <p>{@link #prepare} adds to the benchmark database only (all named {@code perf_*}): the
 * {@code perf_fr} text search configuration, the generated column {@code job_offer.perf_fts} and
 * five indexes. The application ignores them.
 */
final class DbBaseline implements LoadGenerator.Client {

    enum Mode { FTS, ILIKE }

    private static final String SELECT = "select o.reference, o.title, o.organisation_id, org.name, o.departement_code, "
            + "d.name, o.region_code, r.name, o.contract_type_code, ct.label, left(o.description_html, 300), "
            + "o.published_at, o.closing_date from job_offer o "
            + "join organisation org on org.id = o.organisation_id "
            + "join departement d on d.code = o.departement_code "
            + "join region r on r.code = o.region_code "
            + "join contract_type ct on ct.code = o.contract_type_code ";

    private final Mode mode;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    DbBaseline(Config config, Mode mode) throws SQLException {
        this.mode = mode;
        this.connection = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        this.connection.setReadOnly(true);
    }

    /** Creates what the full-text baseline needs (idempotent); returns the seconds it took. */
    static double prepare(Config config) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             Statement s = c.createStatement()) {
            try {
                s.execute("create extension if not exists unaccent");
            } catch (SQLException e) {
                throw new SQLException("The unaccent extension is missing from the benchmark database and the user may "
                        + "not create it: run  su postgres -c \"psql -d bde_perf -c 'create extension unaccent'\"", e);
            }
            s.execute("""
                    do $$ begin
                      if not exists (select 1 from pg_ts_config where cfgname = 'perf_fr') then
                        create text search configuration perf_fr (copy = french);
                        alter text search configuration perf_fr
                          alter mapping for hword, hword_part, word with unaccent, french_stem;
                      end if;
                    end $$""");
            s.execute("alter table job_offer add column if not exists perf_fts tsvector generated always as "
                    + "(setweight(to_tsvector('perf_fr'::regconfig, title), 'A') "
                    + "|| setweight(to_tsvector('perf_fr'::regconfig, description_html), 'D')) stored");
            s.execute("create index if not exists perf_job_offer_fts on job_offer using gin (perf_fts)");
            // filters and sorts: page in index order, count(*) from the index alone (after the vacuum below)
            for (String[] index : new String[][]{
                    {"perf_job_offer_region", "(region_code, status, published_at)"},
                    {"perf_job_offer_contract", "(contract_type_code, status, published_at)"},
                    {"perf_job_offer_title", "(title, reference)"},
                    {"perf_job_offer_closing", "(closing_date nulls last, reference)"}}) {
                s.execute("drop index if exists " + index[0]);
                s.execute("create index " + index[0] + " on job_offer " + index[1]);
            }
            // after a bulk load: statistics, and the visibility map that index-only scans and the bitmap
            // scans of count(*) rely on (autovacuum would do it, later)
            s.execute("vacuum analyze job_offer");
            s.execute("vacuum analyze organisation");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    @Override
    public long search(QueryMix.Query q) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where o.status = 'PUBLISHED'");
        boolean keywords = q.q() != null && !q.q().isBlank();
        if (keywords) {
            if (mode == Mode.FTS) {
                where.append(" and o.perf_fts @@ plainto_tsquery('perf_fr', ?)");
                params.add(q.q());
            } else {
                for (String word : q.q().trim().split("\\s+")) {
                    where.append(" and (o.title ilike ? or o.description_html ilike ?)");
                    params.add("%" + word + "%");
                    params.add("%" + word + "%");
                }
            }
        }
        if (q.region() != null) {
            where.append(" and o.region_code = ?");
            params.add(q.region());
        }
        if (q.contractType() != null) {
            where.append(" and o.contract_type_code = ?");
            params.add(q.contractType());
        }
        String sort = q.sort() != null ? q.sort() : keywords ? "RELEVANCE" : "NEWEST";
        List<Object> pageParams = new ArrayList<>(params);
        String orderBy = switch (sort) {
            case "RELEVANCE" -> {
                if (mode == Mode.FTS) {
                    pageParams.add(0, q.q());   // the rank comes first in the select below
                    yield "order by rank desc, o.published_at desc";
                }
                yield "order by o.published_at desc, o.reference";
            }
            case "TITLE" -> "order by o.title, o.reference";
            case "CLOSING" -> "order by o.closing_date nulls last, o.reference";
            default -> "order by o.published_at desc, o.reference";
        };
        String select = "RELEVANCE".equals(sort) && mode == Mode.FTS
                ? SELECT.replace("select o.reference", "select ts_rank(o.perf_fts, plainto_tsquery('perf_fr', ?)) as rank, o.reference")
                : SELECT;
        String pageSql = select + where + " " + orderBy + " limit ? offset ?";
        pageParams.add(q.size());
        pageParams.add(q.page() * q.size());
        try (ResultSet rs = bind(pageSql, pageParams).executeQuery()) {
            while (rs.next()) {
                rs.getString(2);   // read the row, as a real page would
            }
        }
        try (ResultSet rs = bind("select count(*) from job_offer o " + where, params).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private PreparedStatement bind(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        connection.close();
    }
}
