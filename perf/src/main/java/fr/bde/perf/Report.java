package fr.bde.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results, as the Markdown written to RESULTS.md. */
final class Report {

    static final double TARGET_P95_MS = 20.0;
    static final double TARGET_THROUGHPUT = 500.0;

    record Matches(QueryMix.Query query, long http, long db, String httpError) {
    }

    Benchmark.Machine machine;
    Benchmark.DataSize data;
    double generateSeconds = Double.NaN;
    double baselinePrepareSeconds = Double.NaN;
    double reindexSeconds = Double.NaN;
    ServerControl.StartTiming firstStart;
    ServerControl.StartTiming coldStart;
    final List<ServerControl.StartTiming> warmStarts = new ArrayList<>();
    final List<Matches> matches = new ArrayList<>();
    final List<LoadGenerator.Result> http = new ArrayList<>();
    final List<WrkRunner.Result> wrk = new ArrayList<>();
    final List<LoadGenerator.Result> fts = new ArrayList<>();
    LoadGenerator.Result ilike;
    /** The searches measured (the mix less those that fail over HTTP). */
    List<QueryMix.Query> mix;

    static String line(LoadGenerator.Result r) {
        LoadGenerator.Stats s = r.all();
        return f("%,.0f searches/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms, %,d searches, %d errors%s",
                s.throughput(), s.p50(), s.p95(), s.p99(), s.max(), s.count(), s.errors(),
                s.firstError() == null ? "" : " (first: " + s.firstError() + ")");
    }

    String markdown(Config config) {
        StringBuilder md = new StringBuilder();
        md.append("# Search benchmark: GET /api/v1/offers at ").append(f("%,d", data.published())).append(" published offers\n\n");
        md.append("Produced by `perf/run-benchmark.sh` (module `perf`, class `fr.bde.perf.Benchmark`); ")
                .append("figures from one run on the machine below. Absolute times drift between runs on a shared machine: ")
                .append("compare with the raw database baseline measured in the same run.\n\n");

        md.append("## Verdict against the target (p95 ≤ 20 ms and ≥ 500 searches/s over HTTP)\n\n");
        md.append("| workers | searches/s | p95 (ms) | p95 ≤ 20 ms | ≥ 500/s |\n|---:|---:|---:|:---:|:---:|\n");
        for (LoadGenerator.Result r : http) {
            LoadGenerator.Stats s = r.all();
            md.append(f("| %d | %,.0f | %.2f | %s | %s |\n", r.workers(), s.throughput(), s.p95(),
                    s.p95() <= TARGET_P95_MS ? "yes" : "**no**", s.throughput() >= TARGET_THROUGHPUT ? "yes" : "**no**"));
        }
        md.append("\n(JDK HttpClient load generator in one JVM on the same cores as the server; the wrk rows below ")
                .append("are the same mix from a C client.)\n\n");

        md.append("## Machine and data\n\n");
        md.append(machine.markdown());
        md.append(f("| published offers | %,d (all offers %,d; %,d organisations) |\n", data.published(), data.allOffers(),
                data.organisations()));
        md.append(f("| table job_offer with its indexes | %,.0f MB |\n", data.tableBytes() / 1048576.0));
        md.append(f("| Lucene index (Hibernate Search) | %,.0f MB |\n", data.indexBytes() / 1048576.0));
        md.append("| server | WildFly 39.0.1.Final copy at ").append(config.jbossHome()).append(", port offset ")
                .append(config.portOffset()).append(", heap `").append(config.serverJvm()).append("`, datasource BdeDS on ")
                .append(config.jdbcUrl()).append(" |\n");
        if (!Double.isNaN(generateSeconds)) {
            md.append(f("| data generation (JDBC batches) | %.1f s |\n", generateSeconds));
        }
        md.append(f("| baseline preparation (tsvector column, GIN, btree) | %.1f s |\n", baselinePrepareSeconds));
        if (!Double.isNaN(reindexSeconds)) {
            md.append(f("| index rebuild at start (mass indexer, after the first successful GET) | %.1f s |\n", reindexSeconds));
        }
        md.append('\n');

        md.append(f("## HTTP search (WildFly, Hibernate Search over Lucene), %d s warm-up, %d s measured per row\n\n",
                config.warmupSeconds(), config.durationSeconds()));
        md.append(f("After %d s of unrecorded load (4 workers) so that the server's JIT has compiled the search path. ",
                config.serverWarmupSeconds()))
                .append("Closed loop: each worker sends its next search as soon as the previous one is answered.\n\n");
        md.append(loadTable(http, "server CPU (cores)"));
        if (!wrk.isEmpty()) {
            md.append("\nCross-check with wrk (same query mix, Lua script; wrk's own latency histogram):\n\n");
            md.append("| connections | searches/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|\n");
            for (WrkRunner.Result r : wrk) {
                md.append(f("| %d | %,.0f | %.2f | %.2f | %.2f | %.1f | %d |\n", r.connections(), r.throughput(), r.p50(),
                        r.p95(), r.p99(), r.max(), r.errors()));
            }
        }

        md.append("\n## Raw baseline: the same searches straight on PostgreSQL over JDBC (server stopped)\n\n");
        md.append("Each search = the page (same columns as a result line, joins to organisation, département, region, ")
                .append("contract type) + `count(*)` for the total, as the application returns both. Full text: stored ")
                .append("`tsvector` (title weight A, description D) in a French configuration with `unaccent`, GIN index, ")
                .append("btree indexes for the region and contract filters and for the title and closing-date sorts, table vacuumed ")
                .append("after the load, `plainto_tsquery`, ranked by `ts_rank`; PostgreSQL's default settings (Debian: ")
                .append("`shared_buffers` 128 MB, 2 parallel workers per query).\n\n");
        md.append(loadTable(fts, "PostgreSQL CPU (cores)"));
        if (ilike != null) {
            md.append(f("\nNaive `ILIKE '%%word%%'` on title and description (every word must match), %d worker(s), %d s:\n\n",
                    ilike.workers(), (int) ilike.all().seconds()));
            md.append(loadTable(List.of(ilike), "PostgreSQL CPU (cores)"));
        }

        md.append("\n## HTTP vs raw database, same workers\n\n");
        md.append("| workers | HTTP searches/s | PostgreSQL FTS searches/s | throughput ratio (HTTP / DB) | HTTP p95 (ms) | DB p95 (ms) | p95 ratio (DB / HTTP) |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadGenerator.Result h : http) {
            for (LoadGenerator.Result d : fts) {
                if (d.workers() == h.workers()) {
                    md.append(f("| %d | %,.0f | %,.0f | %.1f× | %.2f | %.2f | %.1f× |\n", h.workers(), h.all().throughput(),
                            d.all().throughput(), h.all().throughput() / d.all().throughput(), h.all().p95(), d.all().p95(),
                            d.all().p95() / h.all().p95()));
                }
            }
        }
        LoadGenerator.Result h4 = pick(http, 4);
        LoadGenerator.Result d4 = pick(fts, 4);
        if (h4 != null && d4 != null) {
            md.append(f("\nBy kind of search, %d workers (p50 / p95 in ms):\n\n", h4.workers()));
            md.append("| kind | HTTP searches | HTTP p50 | HTTP p95 | DB searches | DB p50 | DB p95 |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (QueryMix.Category c : QueryMix.Category.values()) {
                LoadGenerator.Stats hs = h4.byCategory().get(c);
                LoadGenerator.Stats ds = d4.byCategory().get(c);
                md.append(f("| %s | %,d | %.2f | %.2f | %,d | %.2f | %.2f |\n", c.label, hs.count(), hs.p50(), hs.p95(),
                        ds.count(), ds.p50(), ds.p95()));
            }
        }

        md.append("\n## Server start time (bde.ear deployed)\n\n");
        md.append("From the launch of `standalone.sh` to the `WFLYSRV0025` line, and to the first `200` of ")
                .append("`GET /api/v1/offers?size=1` (polled every 20 ms).\n\n");
        md.append("| start | WFLYSRV0025 (s) | WildFly's own \"started in\" (ms) | first successful GET (s) | server CPU until then (s) | other processes meanwhile (cores) |\n|---|---:|---:|---:|---:|---:|\n");
        if (firstStart != null) {
            md.append(startRow("first start, empty database (Flyway creates the schema)", firstStart));
        }
        if (coldStart != null) {
            md.append(startRow(f("%,d offers, empty index (rebuild runs in the background)", data.published()), coldStart));
        }
        int i = 1;
        for (ServerControl.StartTiming s : warmStarts) {
            md.append(startRow(f("%,d offers, index in step (run %d)", data.published(), i++), s));
        }
        if (!warmStarts.isEmpty()) {
            double[] started = warmStarts.stream().mapToDouble(ServerControl.StartTiming::startedLineSeconds).sorted().toArray();
            double[] get = warmStarts.stream().mapToDouble(ServerControl.StartTiming::firstGetSeconds).sorted().toArray();
            md.append(f("| **median, index in step** | **%.2f** | | **%.2f** | | |\n", started[started.length / 2], get[get.length / 2]));
        }

        md.append("\n## The query mix\n\n");
        md.append("Every search below is drawn with the same probability by each worker. `total` as returned: ")
                .append("HTTP by the application (Lucene, French light stemming, accents folded, all words required, ")
                .append("organisation name searched too), DB by the full-text baseline (Snowball French stemmer, ")
                .append("unaccent); the two analysers differ, so the totals differ somewhat.\n\n");
        md.append("| kind | search | total (HTTP) | total (DB FTS) |\n|---|---|---:|---:|\n");
        for (Matches m : matches) {
            md.append(f("| %s | `%s` | %s | %,d |\n", m.query().category().name().toLowerCase(Locale.ROOT).replace('_', '+'),
                    m.query().httpPath(), m.httpError() == null ? f("%,d", m.http()) : "**error**", m.db()));
        }
        List<Matches> failing = matches.stream().filter(m -> m.httpError() != null).toList();
        if (!failing.isEmpty()) {
            md.append(f("\n**%d search(es) of the mix fail over HTTP and were left out of every measured run** ", failing.size()))
                    .append("(HTTP and database alike, so that both run the same mix):\n\n");
            for (Matches m : failing) {
                md.append("- `").append(m.query().httpPath()).append("`: ")
                        .append(m.httpError().replace('`', '\'').replace('|', '/')).append('\n');
            }
        }

        md.append("\n## How to reproduce\n\n");
        md.append("""
                Build the application first (it produces `ear/target/bde.ear` and the WildFly in `ear/target`), then:

                ```
                perf/run-benchmark.sh                 # everything; about 15 minutes on 2 cores
                perf/run-benchmark.sh --offers=20000 --workers=4 --duration=10 --starts=1   # a quick run
                ```

                The script starts PostgreSQL 15 if needed, creates the role `bde` and an empty database `bde_perf`,
                copies the built server to /tmp/perf-wildfly (never runs the original) and points its `BdeDS` to
                `bde_perf`, then runs `mvn -Pperf -pl perf compile exec:java`, which: starts the server once so that
                Flyway creates the schema, inserts the offers with JDBC batches, restarts the server on an empty
                index (the application rebuilds it at start), waits until `/api/v1/offers` reports every offer,
                runs the HTTP load (and wrk), stops the server, runs the database baselines, times the server
                starts, and writes this file. Options: `perf/run-benchmark.sh --help`; details in `perf/README.md`.
                """);
        return md.toString();
    }

    private static String startRow(String label, ServerControl.StartTiming s) {
        return f("| %s | %.2f | %s | %.2f | %.1f | %.2f |\n", label, s.startedLineSeconds(),
                s.wildflyReportedMillis() < 0 ? "" : f("%,d", s.wildflyReportedMillis()), s.firstGetSeconds(),
                s.serverCpuSeconds(), s.otherCores())
                .replace("| NaN |", "| n/a |");
    }

    private static String loadTable(List<LoadGenerator.Result> results, String engineCpu) {
        StringBuilder md = new StringBuilder();
        md.append("| workers | searches | searches/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | mean (ms) | errors | ")
                .append(engineCpu).append(" | load generator CPU (cores) | other processes CPU (cores) | machine CPU busy |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadGenerator.Result r : results) {
            LoadGenerator.Stats s = r.all();
            double other = r.cpu().machineBusyPercent() / 100 * Runtime.getRuntime().availableProcessors()
                    - r.cpu().engineCores() - r.cpu().clientCores();
            md.append(f("| %d | %,d | %,.0f | %.2f | %.2f | %.2f | %.1f | %.2f | %d | %.2f | %.2f | %.2f | %.0f %% |\n",
                    r.workers(), s.count(), s.throughput(), s.p50(), s.p95(), s.p99(), s.max(), s.mean(), s.errors(),
                    r.cpu().engineCores(), r.cpu().clientCores(), Math.max(0, other), r.cpu().machineBusyPercent()));
        }
        for (LoadGenerator.Result r : results) {
            if (r.all().firstError() != null) {
                md.append("\nFirst error (").append(r.engine()).append(", ").append(r.workers()).append(" workers): `")
                        .append(r.all().firstError().replace('`', '\'').replace('\n', ' ')).append("`\n");
            }
        }
        return md.toString();
    }

    private static LoadGenerator.Result pick(List<LoadGenerator.Result> results, int preferred) {
        LoadGenerator.Result best = null;
        for (LoadGenerator.Result r : results) {
            if (r.workers() == preferred) {
                return r;
            }
            best = r;
        }
        return best;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
