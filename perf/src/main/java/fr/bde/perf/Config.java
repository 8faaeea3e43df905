package fr.bde.perf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options ({@code --name=value}); every one has a default fit for this machine. */
record Config(String command, int offers, String jdbcUrl, String dbUser, String dbPassword, Path jbossHome, Path dataDir,
              int portOffset, String serverJvm, List<Integer> workers, int warmupSeconds, int durationSeconds,
              boolean ilike, int ilikeSeconds, String wrk, int starts, Path results, Path logDir, long seed,
              boolean regenerate, int startTimeoutSeconds, int indexTimeoutSeconds, int serverWarmupSeconds) {

    static final String USAGE = """
            Usage: Benchmark [all|generate|load|start-time] [--option=value ...]
              all         (default) first start (Flyway) if the schema is missing, generate, start with a fresh index,
                          wait until the index holds every offer, HTTP load, raw database baseline, start times, RESULTS.md
              generate    only insert the offers (the schema must exist)
              load        only the HTTP and database measurements, against a server already running on --port-offset
              start-time  only the start-time measurements (the server must be stopped)
            Options (default):
              --offers=100000               published offers to generate
              --jdbc-url=jdbc:postgresql://localhost:5432/bde_perf  --db-user=bde  --db-password=bde
              --jboss-home=/tmp/perf-wildfly  a COPY of ear/target/wildfly-*, configured for the database above
              --data-dir=/tmp/perf-data     jboss.server.data.dir (Lucene index)
              --port-offset=100             HTTP on 8080 + offset
              --server-jvm="-Xms1g -Xmx1g"  heap of the server (JBOSS_JAVA_SIZING)
              --workers=1,4,8               concurrent workers, one run per value (HTTP and database)
              --server-warmup=60            seconds of unrecorded HTTP load (4 workers) before the first run: JIT
              --warmup=10 --duration=30     seconds per run
              --ilike=true --ilike-duration=15  also time the naive ILIKE baseline (4 workers or fewer)
              --wrk=auto                    cross-check with /usr/bin/wrk when installed (auto|true|false)
              --starts=3                    server starts timed with the index already in step
              --results=perf/RESULTS.md     --log-dir=/tmp/perf-logs   --seed=42
              --regenerate=false            generate even when the database already holds --offers offers
            """;

    static Config parse(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        String command = "all";
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                if (eq < 0) {
                    o.put(arg.substring(2), "true");
                } else {
                    o.put(arg.substring(2, eq), arg.substring(eq + 1));
                }
            } else {
                command = arg;
            }
        }
        if (o.containsKey("help") || command.equals("help")) {
            command = "help";
        }
        Path basedir = Path.of(System.getProperty("perf.basedir", "."));
        Config c = new Config(
                command,
                Integer.parseInt(o.getOrDefault("offers", "100000")),
                o.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5432/bde_perf"),
                o.getOrDefault("db-user", "bde"),
                o.getOrDefault("db-password", "bde"),
                Path.of(o.getOrDefault("jboss-home", "/tmp/perf-wildfly")),
                Path.of(o.getOrDefault("data-dir", "/tmp/perf-data")),
                Integer.parseInt(o.getOrDefault("port-offset", "100")),
                o.getOrDefault("server-jvm", "-Xms1g -Xmx1g"),
                Arrays.stream(o.getOrDefault("workers", "1,4,8").split(",")).map(String::trim).map(Integer::parseInt).toList(),
                Integer.parseInt(o.getOrDefault("warmup", "10")),
                Integer.parseInt(o.getOrDefault("duration", "30")),
                Boolean.parseBoolean(o.getOrDefault("ilike", "true")),
                Integer.parseInt(o.getOrDefault("ilike-duration", "15")),
                o.getOrDefault("wrk", "auto"),
                Integer.parseInt(o.getOrDefault("starts", "3")),
                Path.of(o.getOrDefault("results", basedir.resolve("RESULTS.md").toString())),
                Path.of(o.getOrDefault("log-dir", "/tmp/perf-logs")),
                Long.parseLong(o.getOrDefault("seed", "42")),
                Boolean.parseBoolean(o.getOrDefault("regenerate", "false")),
                Integer.parseInt(o.getOrDefault("start-timeout", "300")),
                Integer.parseInt(o.getOrDefault("index-timeout", "1800")),
                Integer.parseInt(o.getOrDefault("server-warmup", "60")));
        if (c.jbossHome().normalize().toString().contains("/ear/target/")) {
            throw new IllegalArgumentException("--jboss-home must be a copy of the server, never ear/target itself: "
                    + c.jbossHome());
        }
        return c;
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort();
    }
}
