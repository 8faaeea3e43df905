package fr.bde.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Search benchmark of the Bourse des emplois: see {@link Config#USAGE} and perf/README.md.
 * Run with {@code mvn -Pperf -pl perf compile exec:java -Dexec.args="..."}, or all steps at once
 * (database, server copy, this) with {@code perf/run-benchmark.sh}.
 */
public final class Benchmark {

    private final Config config;
    private final ServerControl server;
    private final Report report = new Report();

    private Benchmark(Config config) {
        this.config = config;
        this.server = new ServerControl(config);
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.parse(args);
        if (config.command().equals("help")) {
            System.out.println(Config.USAGE);
            return;
        }
        Benchmark benchmark = new Benchmark(config);
        Thread hook = new Thread(() -> {
            try {
                benchmark.server.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-benchmark-server");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            switch (config.command()) {
                case "all" -> benchmark.all();
                case "generate" -> new DataGenerator(config).generate(config.offers());
                case "load" -> benchmark.load(true);
                case "start-time" -> benchmark.startTimes();
                default -> throw new IllegalArgumentException("Unknown command " + config.command() + "\n" + Config.USAGE);
            }
        } finally {
            benchmark.server.stop();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private void all() throws Exception {
        report.machine = Machine.describe(config);
        System.out.println(report.machine.markdown());
        DataGenerator generator = new DataGenerator(config);
        if (!schemaExists()) {
            System.out.println("== First start on the empty database: Flyway creates the schema and the referentials");
            report.firstStart = server.start("flyway");
            server.stop();
        }
        long existing = generator.existingOffers();
        if (existing != config.offers() || config.regenerate()) {
            System.out.printf("== Generating %,d published offers (database holds %,d generated ones)%n", config.offers(), existing);
            long t0 = System.nanoTime();
            generator.generate(config.offers());
            report.generateSeconds = (System.nanoTime() - t0) / 1e9;
        } else {
            System.out.printf("== The database already holds the %,d generated offers (--regenerate=true to redo them)%n", existing);
        }
        System.out.println("== Preparing the raw full-text baseline (tsvector column, GIN and btree indexes)");
        report.baselinePrepareSeconds = DbBaseline.prepare(config);
        report.data = DataSize.measure(config);

        System.out.println("== Start with an empty index: the application rebuilds it from the database");
        deleteRecursively(config.dataDir().resolve("bde-index"));
        report.coldStart = server.start("index-rebuild");
        report.reindexSeconds = server.waitForTotal(report.data.published());
        System.out.printf("Index holds the %,d published offers %.1f s after the first successful GET%n",
                report.data.published(), report.reindexSeconds);
        report.data = DataSize.measure(config);   // now with the index size
        load(false);
        server.stop();
        baselines();
        startTimes();
        String markdown = report.markdown(config);
        System.out.println();
        System.out.println(markdown);
        Files.createDirectories(config.results().toAbsolutePath().getParent());
        Files.writeString(config.results(), markdown);
        System.out.println("Written to " + config.results());
    }

    /** HTTP measurements (and the database baselines when {@code standalone}, the server running elsewhere). */
    private void load(boolean standalone) throws Exception {
        List<QueryMix.Query> queries = QueryMix.queries();
        if (standalone) {
            report.machine = Machine.describe(config);
            report.data = DataSize.measure(config);
            DbBaseline.prepare(config);
        }
        System.out.println("== Matches per query, HTTP (Lucene) vs PostgreSQL full-text");
        HttpSearch http = new HttpSearch(config.baseUrl());
        List<QueryMix.Query> failing = new ArrayList<>();
        try (DbBaseline fts = new DbBaseline(config, DbBaseline.Mode.FTS)) {
            for (QueryMix.Query q : queries) {
                long h = -1;
                String error = null;
                try {
                    h = http.search(q);
                } catch (IOException e) {
                    error = e.getMessage().lines().findFirst().orElse("");
                    failing.add(q);
                }
                long d = fts.search(q);
                report.matches.add(new Report.Matches(q, h, d, error));
                System.out.printf("  %-60s http %7s   db %,7d%s%n", q.label(), h < 0 ? "ERROR" : String.format("%,d", h), d,
                        error == null ? "" : "   " + error);
            }
        }
        if (!failing.isEmpty()) {
            System.out.printf("WARNING: %d search(es) fail over HTTP and are left out of the measured mix%n", failing.size());
            queries = queries.stream().filter(q -> !failing.contains(q)).toList();
        }
        report.mix = queries;
        if (config.serverWarmupSeconds() > 0) {
            System.out.printf("== HTTP warm-up of the server (JIT), 4 workers, %d s, not recorded%n", config.serverWarmupSeconds());
            LoadGenerator.Result r = LoadGenerator.run("HTTP warm-up", () -> new HttpSearch(config.baseUrl()), queries, 4,
                    0, config.serverWarmupSeconds(), config.seed() + 1, new CpuMeter(server::serverPids));
            System.out.println("  " + Report.line(r));
        }
        for (int workers : config.workers()) {
            System.out.printf("== HTTP GET /api/v1/offers, %d worker(s): %d s warm-up, %d s measured%n",
                    workers, config.warmupSeconds(), config.durationSeconds());
            LoadGenerator.Result r = LoadGenerator.run("HTTP", () -> new HttpSearch(config.baseUrl()), queries, workers,
                    config.warmupSeconds(), config.durationSeconds(), config.seed(), new CpuMeter(server::serverPids));
            report.http.add(r);
            System.out.println("  " + Report.line(r));
        }
        if (WrkRunner.available(config.wrk())) {
            for (int workers : config.workers()) {
                if (workers < 2) {
                    continue;
                }
                System.out.printf("== wrk cross-check, %d connections%n", workers);
                WrkRunner.Result r = WrkRunner.run(config, queries, workers);
                report.wrk.add(r);
                System.out.printf("  %.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, errors %d%n",
                        r.throughput(), r.p50(), r.p95(), r.p99(), r.errors());
            }
        }
        if (standalone) {
            baselines();
            String markdown = report.markdown(config);
            System.out.println(markdown);
            Files.writeString(config.results(), markdown);
        }
    }

    private void baselines() throws Exception {
        List<QueryMix.Query> queries = report.mix != null ? report.mix : QueryMix.queries();
        for (int workers : config.workers()) {
            System.out.printf("== PostgreSQL full-text over JDBC, %d worker(s): %d s warm-up, %d s measured%n",
                    workers, config.warmupSeconds(), config.durationSeconds());
            LoadGenerator.Result r = LoadGenerator.run("PostgreSQL FTS", () -> new DbBaseline(config, DbBaseline.Mode.FTS),
                    queries, workers, config.warmupSeconds(), config.durationSeconds(), config.seed(),
                    new CpuMeter(CpuMeter::postgresPids));
            report.fts.add(r);
            System.out.println("  " + Report.line(r));
        }
        if (config.ilike()) {
            int workers = config.workers().stream().filter(w -> w <= 4).max(Comparator.naturalOrder()).orElse(1);
            System.out.printf("== PostgreSQL ILIKE over JDBC, %d worker(s): 5 s warm-up, %d s measured%n",
                    workers, config.ilikeSeconds());
            LoadGenerator.Result r = LoadGenerator.run("PostgreSQL ILIKE", () -> new DbBaseline(config, DbBaseline.Mode.ILIKE),
                    queries, workers, 5, config.ilikeSeconds(), config.seed(), new CpuMeter(CpuMeter::postgresPids));
            report.ilike = r;
            System.out.println("  " + Report.line(r));
        }
    }

    private void startTimes() throws Exception {
        for (int i = 1; i <= config.starts(); i++) {
            System.out.printf("== Start %d of %d, index already in step with the database%n", i, config.starts());
            report.warmStarts.add(server.start("start-" + i));
            server.stop();
        }
        if (config.command().equals("start-time")) {
            report.warmStarts.forEach(s -> System.out.printf("  WFLYSRV0025 %.2f s, first GET %.2f s%n",
                    s.startedLineSeconds(), s.firstGetSeconds()));
        }
    }

    private boolean schemaExists() throws SQLException {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables "
                     + "where table_schema = current_schema() and table_name in ('job_offer', 'departement')")) {
            rs.next();
            return rs.getInt(1) == 2 && hasDepartements(c);
        }
    }

    private static boolean hasDepartements(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from departement")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** What the machine is, for the report. */
    record Machine(int cores, String cpuModel, long memoryMb, String kernel, String java, String postgres, String date) {

        static Machine describe(Config config) throws IOException, SQLException {
            String model = "unknown";
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            long memKb = 0;
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            String pg;
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show server_version")) {
                rs.next();
                pg = "PostgreSQL " + rs.getString(1);
            }
            return new Machine(Runtime.getRuntime().availableProcessors(), model, memKb / 1024,
                    Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), pg,
                    ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        }

        String markdown() {
            return "| machine | |\n|---|---|\n"
                    + "| date | " + date + " |\n"
                    + "| CPU | " + cores + " × " + cpuModel + " (nproc " + cores + ") |\n"
                    + "| memory | " + String.format("%,d", memoryMb) + " MB |\n"
                    + "| kernel | Linux " + kernel + " |\n"
                    + "| JVM (server and load generator) | " + java + " |\n"
                    + "| database | " + postgres + " |\n";
        }
    }

    /** How much data the benchmark ran on. */
    record DataSize(long published, long allOffers, long organisations, long tableBytes, long indexBytes) {

        static DataSize measure(Config config) throws SQLException, IOException {
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select (select count(*) from job_offer where status = 'PUBLISHED'), "
                         + "(select count(*) from job_offer), (select count(*) from organisation), "
                         + "pg_total_relation_size('job_offer')")) {
                rs.next();
                return new DataSize(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        directorySize(config.dataDir().resolve("bde-index")));
            }
        }

        private static long directorySize(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return 0;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                long size = 0;
                for (Path p : paths.filter(Files::isRegularFile).toList()) {
                    try {
                        size += Files.size(p);
                    } catch (IOException e) {
                        // a segment merged away meanwhile
                    }
                }
                return size;
            }
        }
    }
}
