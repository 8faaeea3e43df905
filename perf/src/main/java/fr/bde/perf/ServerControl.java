package fr.bde.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts and stops the benchmark's own WildFly (a copy of the built server, with a port offset),
 * and times its start: from the launch of standalone.sh to the WFLYSRV0025 "started" line, and to
 * the first successful GET /api/v1/offers. Only processes started here are ever stopped.
 */
final class ServerControl {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");
    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+)ms");

    /**
     * serverCpuSeconds: CPU the server used until its first successful GET; otherCores: CPU used meanwhile
     * by every other process of the machine (cores on average), to tell a slow start from a busy machine.
     */
    record StartTiming(double startedLineSeconds, long wildflyReportedMillis, double firstGetSeconds, boolean withErrors,
                       String startedLine, double serverCpuSeconds, double otherCores) {
    }

    private final Config config;
    private Process process;
    private int starts;

    ServerControl(Config config) {
        this.config = config;
    }

    StartTiming start(String label) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The benchmark server is already running");
        }
        for (int port : new int[]{config.httpPort(), 9990 + config.portOffset()}) {
            if (listening(port)) {
                throw new IllegalStateException("Something already listens on 127.0.0.1:" + port
                        + " (a benchmark server left running?): stop it first");
            }
        }
        Path script = config.jbossHome().resolve("bin/standalone.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No server at " + config.jbossHome() + ": run perf/run-benchmark.sh (or copy "
                    + "ear/target/wildfly-* there and configure its datasource, see perf/README.md)");
        }
        Files.createDirectories(config.logDir());
        Path log = config.logDir().resolve("server-" + (++starts) + "-" + label + ".log");
        List<String> command = new ArrayList<>(List.of(script.toString(),
                "-Djboss.socket.binding.port-offset=" + config.portOffset(),
                "-Djboss.server.data.dir=" + config.dataDir(),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1"));
        command.addAll(databaseProperties(config));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("JAVA_OPTS");          // keep standalone.conf's defaults, sized below
        env.remove("SERVER_OPTS");
        env.put("JBOSS_HOME", config.jbossHome().toString());
        env.put("JBOSS_JAVA_SIZING", config.serverJvm());
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");   // standalone.sh forwards TERM to the JVM
        env.put("JBOSS_PIDFILE", config.jbossHome().resolve("perf-server.pid").toString());

        HttpSearch probe = new HttpSearch(config.baseUrl());
        CpuMeter machine = new CpuMeter(List::of);
        CpuMeter.Snapshot before = machine.snapshot();
        long t0 = System.nanoTime();
        process = pb.start();
        double[] startedAt = {Double.NaN};
        long[] reported = {-1};
        boolean[] errors = {false};
        String[] startedLine = {null};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    if (line.contains("WFLYSRV0025") || line.contains("WFLYSRV0026")) {
                        synchronized (startedAt) {
                            startedAt[0] = (System.nanoTime() - t0) / 1e9;
                            errors[0] = line.contains("WFLYSRV0026");
                            startedLine[0] = line;
                            Matcher m = STARTED_IN.matcher(line);
                            if (m.find()) {
                                reported[0] = Long.parseLong(m.group(1));
                            }
                            startedAt.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // the server's output ended
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();

        double firstGet = Double.NaN;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(config.startTimeoutSeconds());
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during its start: see " + log);
            }
            if (probe.tryTotal("/api/v1/offers?size=1") >= 0) {
                firstGet = (System.nanoTime() - t0) / 1e9;
                break;
            }
            synchronized (startedAt) {
                boolean started = !Double.isNaN(startedAt[0]);
                if (started && (errors[0] || (System.nanoTime() - t0) / 1e9 - startedAt[0] > 60)) {
                    stop();
                    throw new IllegalStateException("The server started " + (errors[0] ? "with errors" : "")
                            + " but GET /api/v1/offers does not answer 200: see " + log);
                }
            }
            Thread.sleep(20);
        }
        if (Double.isNaN(firstGet)) {
            stop();
            throw new IllegalStateException("No successful GET /api/v1/offers within " + config.startTimeoutSeconds()
                    + " s: see " + log);
        }
        synchronized (startedAt) {
            long waitUntil = System.currentTimeMillis() + 60_000;
            while (Double.isNaN(startedAt[0]) && System.currentTimeMillis() < waitUntil) {
                startedAt.wait(1_000);
            }
        }
        if (errors[0]) {
            System.out.println("WARNING: the server started with errors: " + startedLine[0] + " (see " + log + ")");
        }
        CpuMeter.Snapshot after = machine.snapshot();
        double serverCpu = 0;
        for (long pid : serverPids()) {
            serverCpu += CpuMeter.processTicks(pid) / 100.0;
        }
        CpuMeter.Usage usage = machine.usage(before, after);
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        double other = usage.machineBusyPercent() / 100 * Runtime.getRuntime().availableProcessors()
                - serverCpu / seconds - usage.clientCores();
        StartTiming timing = new StartTiming(startedAt[0], reported[0], firstGet, errors[0], startedLine[0], serverCpu,
                Math.max(0, other));
        System.out.printf("Server started (%s): WFLYSRV0025 after %.2f s (WildFly says %d ms), first GET after %.2f s "
                        + "(server CPU %.1f s, other processes %.2f cores); log %s%n", label, timing.startedLineSeconds(),
                timing.wildflyReportedMillis(), timing.firstGetSeconds(), serverCpu, timing.otherCores(), log);
        return timing;
    }

    /**
     * The database of the committed ear/src/main/server/datasource-postgresql.cli, whose connection URL
     * reads {@code bde.db.host}, {@code bde.db.port}, {@code bde.db.name}, {@code bde.db.user}, {@code bde.db.password}.
     */
    static List<String> databaseProperties(Config config) {
        Matcher m = JDBC_URL.matcher(config.jdbcUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("Expected jdbc:postgresql://host[:port]/database, got " + config.jdbcUrl());
        }
        return List.of("-Dbde.db.host=" + m.group(1), "-Dbde.db.port=" + (m.group(2) == null ? "5432" : m.group(2)),
                "-Dbde.db.name=" + m.group(3), "-Dbde.db.user=" + config.dbUser(), "-Dbde.db.password=" + config.dbPassword());
    }

    /** The server JVM (standalone.sh's child), for CPU figures; empty when not running. */
    List<Long> serverPids() {
        List<Long> pids = new ArrayList<>();
        if (process != null && process.isAlive()) {
            process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                    .forEach(p -> pids.add(p.pid()));
        }
        return pids;
    }

    /** Waits until the public search reports {@code expected} offers; returns the seconds waited. */
    double waitForTotal(long expected) throws InterruptedException {
        HttpSearch probe = new HttpSearch(config.baseUrl());
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(config.indexTimeoutSeconds());
        long lastPrint = t0;
        long total = -1;
        while (System.nanoTime() < deadline) {
            total = probe.tryTotal("/api/v1/offers?size=1");
            if (total == expected) {
                return (System.nanoTime() - t0) / 1e9;
            }
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("The server stopped while indexing");
            }
            if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(15)) {
                System.out.printf("  index: %,d of %,d offers searchable (%.0f s)%n", total, expected,
                        (System.nanoTime() - t0) / 1e9);
                lastPrint = System.nanoTime();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The search still reports " + total + " offers instead of " + expected
                + " after " + config.indexTimeoutSeconds() + " s");
    }

    /** Stops the server started here (TERM: graceful; KILL after 60 s), and only it. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        process = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (listening(config.httpPort()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        System.out.println("Server stopped");
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
