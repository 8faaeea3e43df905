package fr.bde.perf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: N workers, each sending one search after the other (no think time), queries
 * drawn at random from the mix. Nothing is recorded during the warm-up; then every search that
 * starts and ends inside the measuring window is.
 */
final class LoadGenerator {

    /** One worker's way to run a search; returns the total number of matches. */
    interface Client extends AutoCloseable {
        long search(QueryMix.Query query) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface ClientFactory {
        Client open() throws Exception;
    }

    record Stats(long count, double seconds, long errors, String firstError, double p50, double p95, double p99,
                 double max, double mean) {

        double throughput() {
            return count / seconds;
        }

        static Stats of(long[] nanos, int n, double seconds, long errors, String firstError) {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            double sum = 0;
            for (long v : sorted) {
                sum += v;
            }
            return new Stats(n, seconds, errors, firstError, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    n == 0 ? Double.NaN : sorted[n - 1] / 1e6, n == 0 ? Double.NaN : sum / n / 1e6);
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }
    }

    record Result(String engine, int workers, Stats all, Map<QueryMix.Category, Stats> byCategory,
                  CpuMeter.Usage cpu) {
    }

    private static final class Recorder {
        long[] nanos = new long[1 << 14];
        byte[] categories = new byte[1 << 14];
        int n;
        long errors;
        String firstError;

        void add(long latency, QueryMix.Category category) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
                categories = Arrays.copyOf(categories, n * 2);
            }
            nanos[n] = latency;
            categories[n] = (byte) category.ordinal();
            n++;
        }
    }

    static Result run(String engine, ClientFactory factory, List<QueryMix.Query> queries, int workers, int warmupSeconds,
                      int durationSeconds, long seed, CpuMeter cpu) throws Exception {
        List<Client> clients = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                clients.add(factory.open());
            }
            Recorder[] recorders = new Recorder[workers];
            long start = System.nanoTime();
            long measureFrom = start + warmupSeconds * 1_000_000_000L;
            long measureTo = measureFrom + durationSeconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(workers);
            AtomicReference<Throwable> fatal = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Recorder rec = new Recorder();
                recorders[w] = rec;
                Client client = clients.get(w);
                SplittableRandom rnd = new SplittableRandom(seed * 31 + w);
                Thread t = new Thread(() -> {
                    try {
                        while (true) {
                            QueryMix.Query q = queries.get(rnd.nextInt(queries.size()));
                            long t0 = System.nanoTime();
                            if (t0 >= measureTo) {
                                break;
                            }
                            try {
                                client.search(q);
                                long t1 = System.nanoTime();
                                if (t0 >= measureFrom && t1 <= measureTo) {
                                    rec.add(t1 - t0, q.category());
                                }
                            } catch (Exception e) {
                                if (t0 >= measureFrom) {
                                    rec.errors++;
                                    if (rec.firstError == null) {
                                        rec.firstError = q.httpPath() + ": " + e;
                                    }
                                }
                                if (rec.errors > 1000) {
                                    break;
                                }
                            }
                        }
                    } catch (Throwable e) {
                        fatal.compareAndSet(null, e);
                    } finally {
                        done.countDown();
                    }
                }, engine + "-worker-" + w);
                t.setDaemon(true);
                threads.add(t);
            }
            threads.forEach(Thread::start);
            long sleep = (measureFrom - System.nanoTime()) / 1_000_000;
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
            CpuMeter.Snapshot before = cpu.snapshot();
            sleep = (measureTo - System.nanoTime()) / 1_000_000;
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
            CpuMeter.Snapshot after = cpu.snapshot();
            done.await();
            if (fatal.get() != null) {
                throw new IllegalStateException("Load worker failed", fatal.get());
            }
            double seconds = durationSeconds;
            int total = 0;
            long errors = 0;
            String firstError = null;
            for (Recorder r : recorders) {
                total += r.n;
                errors += r.errors;
                if (firstError == null) {
                    firstError = r.firstError;
                }
            }
            long[] all = new long[total];
            Map<QueryMix.Category, long[]> perCat = new EnumMap<>(QueryMix.Category.class);
            Map<QueryMix.Category, Integer> perCatN = new EnumMap<>(QueryMix.Category.class);
            for (QueryMix.Category c : QueryMix.Category.values()) {
                perCat.put(c, new long[total]);
                perCatN.put(c, 0);
            }
            int k = 0;
            for (Recorder r : recorders) {
                for (int i = 0; i < r.n; i++) {
                    all[k++] = r.nanos[i];
                    QueryMix.Category c = QueryMix.Category.values()[r.categories[i]];
                    int idx = perCatN.get(c);
                    perCat.get(c)[idx] = r.nanos[i];
                    perCatN.put(c, idx + 1);
                }
            }
            Map<QueryMix.Category, Stats> byCategory = new EnumMap<>(QueryMix.Category.class);
            for (QueryMix.Category c : QueryMix.Category.values()) {
                byCategory.put(c, Stats.of(perCat.get(c), perCatN.get(c), seconds, 0, null));
            }
            return new Result(engine, workers, Stats.of(all, total, seconds, errors, firstError), byCategory,
                    cpu.usage(before, after));
        } finally {
            for (Client c : clients) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // best effort
                }
            }
        }
    }
}
