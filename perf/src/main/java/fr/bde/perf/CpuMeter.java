package fr.bde.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU used during a measuring window, from /proc (Linux): the whole machine, the engine under test
 * (the WildFly JVM, or the PostgreSQL backends) and this load generator's own JVM.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;   // USER_HZ on Linux

    record Snapshot(long nanos, long machineTotal, long machineIdle, Map<Long, Long> engineTicks, long selfTicks) {
    }

    /** engineCores / clientCores: cores busy on average (1.0 = one core fully used); machineBusy in % of all cores. */
    record Usage(double machineBusyPercent, double engineCores, double clientCores) {
        static final Usage NONE = new Usage(Double.NaN, Double.NaN, Double.NaN);
    }

    private final Supplier<List<Long>> enginePids;

    CpuMeter(Supplier<List<Long>> enginePids) {
        this.enginePids = enginePids;
    }

    Snapshot snapshot() {
        long total = 0;
        long idle = 0;
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        } catch (IOException | RuntimeException e) {
            // not Linux: no figures
        }
        Map<Long, Long> engine = new HashMap<>();
        for (long pid : enginePids.get()) {
            long t = processTicks(pid);
            if (t >= 0) {
                engine.put(pid, t);
            }
        }
        return new Snapshot(System.nanoTime(), total, idle, engine, processTicks(ProcessHandle.current().pid()));
    }

    Usage usage(Snapshot a, Snapshot b) {
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        long total = b.machineTotal() - a.machineTotal();
        double busy = total <= 0 ? Double.NaN : 100.0 * (total - (b.machineIdle() - a.machineIdle())) / total;
        long engine = 0;
        for (Map.Entry<Long, Long> e : b.engineTicks().entrySet()) {
            Long before = a.engineTicks().get(e.getKey());
            if (before != null) {
                engine += e.getValue() - before;
            }
        }
        double engineCores = b.engineTicks().isEmpty() ? Double.NaN : engine / TICKS_PER_SECOND / seconds;
        double clientCores = (b.selfTicks() - a.selfTicks()) / TICKS_PER_SECOND / seconds;
        return new Usage(busy, engineCores, clientCores);
    }

    /** utime + stime of a process, in ticks; -1 when unknown. */
    static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Pids of the PostgreSQL server processes (postmaster and backends). */
    static List<Long> postgresPids() {
        return ProcessHandle.allProcesses()
                .filter(p -> {
                    try {
                        String comm = Files.readString(Path.of("/proc/" + p.pid() + "/comm")).trim();
                        return comm.equals("postgres");
                    } catch (IOException e) {
                        return false;
                    }
                })
                .map(ProcessHandle::pid)
                .toList();
    }
}
