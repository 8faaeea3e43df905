package fr.bde.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-check with Debian's wrk (a C load generator, lighter on the shared cores than a JVM client):
 * the same query mix through a Lua script, p50/p95/p99 from wrk's own latency histogram.
 */
final class WrkRunner {

    static final Path WRK = Path.of("/usr/bin/wrk");
    private static final Pattern RESULT = Pattern.compile(
            "WRK_RESULT requests=(\\d+) duration_us=(\\d+) errors=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+) max=(\\d+) mean=([0-9.]+)");

    record Result(int connections, long requests, double seconds, long errors, double p50, double p95, double p99,
                  double max, double mean) {
        double throughput() {
            return requests / seconds;
        }
    }

    static boolean available(String setting) {
        return switch (setting) {
            case "false" -> false;
            case "true" -> true;
            default -> Files.isExecutable(WRK);
        };
    }

    static Result run(Config config, List<QueryMix.Query> queries, int connections) throws IOException, InterruptedException {
        Files.createDirectories(config.logDir());
        Path script = config.logDir().resolve("wrk-mix.lua");
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (QueryMix.Query q : queries) {
            lua.append("  \"").append(q.httpPath()).append("\",\n");
        }
        lua.append("""
                }
                math.randomseed(42)
                request = function()
                  return wrk.format("GET", paths[math.random(#paths)], { ["Accept"] = "application/json" })
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("WRK_RESULT requests=%d duration_us=%d errors=%d p50=%d p95=%d p99=%d max=%d mean=%.1f\\n",
                    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
                    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
                end
                """);
        Files.writeString(script, lua.toString());
        int threads = Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
        // warm-up run, not recorded, then the measured run
        exec(List.of(WRK.toString(), "-t" + threads, "-c" + connections, "-d" + config.warmupSeconds() + "s",
                "-s", script.toString(), config.baseUrl()));
        String out = exec(List.of(WRK.toString(), "-t" + threads, "-c" + connections, "-d" + config.durationSeconds() + "s",
                "--timeout", "10s", "-s", script.toString(), config.baseUrl()));
        Files.writeString(config.logDir().resolve("wrk-c" + connections + ".txt"), out);
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IOException("Unexpected wrk output:\n" + out);
        }
        return new Result(connections, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6,
                Long.parseLong(m.group(3)), Long.parseLong(m.group(4)) / 1e3, Long.parseLong(m.group(5)) / 1e3,
                Long.parseLong(m.group(6)) / 1e3, Long.parseLong(m.group(7)) / 1e3, Double.parseDouble(m.group(8)) / 1e3);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("wrk failed:\n" + out);
        }
        return out.toString();
    }
}
