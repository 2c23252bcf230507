package org.liaison.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The clock and the figures of every phase. A phase's clock starts when its first user is ready: a warm-up, then
 * the measured window. Every request that completes inside the window is kept whole (a 15 s phase at a few thousand
 * requests per second is well under a million values), so percentiles are exact and the throughput is completions
 * in the window over its length, without the ramp-up and the tail of the phase.
 */
final class Measurements {

    private static final Map<String, Phase> PHASES = new LinkedHashMap<>();

    private Measurements() {
    }

    static synchronized void declare(String name) {
        PHASES.computeIfAbsent(name, n -> new Phase());
    }

    private static synchronized Phase phase(String name) {
        return PHASES.computeIfAbsent(name, n -> new Phase());
    }

    /**
     * A user is ready to loop. The phase's clock starts once all its users are ready (or 20 s after the first one,
     * should some never be): the measured window opens when the first user has warmed up for the warm-up time and
     * every user is looping, so the whole window runs at full concurrency.
     */
    static void join(String name, int users, Duration warmup, Duration measured) {
        phase(name).join(users, warmup, measured);
    }

    /** Whether users of the phase should go on (the measured window has not ended). */
    static boolean running(String name) {
        return System.nanoTime() < phase(name).until();
    }

    /** Whether the warm-up is over. */
    static boolean measuring(String name) {
        return System.nanoTime() >= phase(name).from();
    }

    static void record(String name, long startNanos, long endNanos, boolean failed) {
        phase(name).add(startNanos, endNanos, failed);
    }

    /**
     * One line per phase: name, count, errors, window (ms), p50, p95, p99, mean, max (ms), users ready, requests
     * outside the window (warm-up and tail) and how many of those failed, and whether the latencies are those of the
     * window or (no request finished inside it) of all the phase's requests.
     */
    static synchronized String tsv() {
        StringBuilder out = new StringBuilder("name\tcount\terrors\twindow_ms\tp50_ms\tp95_ms\tp99_ms\tmean_ms\tmax_ms"
                + "\tusers\toutside\toutside_errors\tlatencies_of\n");
        PHASES.forEach((name, phase) -> out.append(phase.line(name)).append('\n'));
        return out.toString();
    }

    private static final class Phase {
        private static final long ALL_READY_TIMEOUT = Duration.ofSeconds(20).toNanos();

        private long firstJoin;
        private int expected;
        private Duration warmup;
        private Duration measured;
        private long from = Long.MAX_VALUE;
        private long until = Long.MAX_VALUE;
        private boolean started;
        private int users;
        private long[] durations = new long[4096];
        private int count;
        private long errors;
        private long outside;
        private long outsideErrors;
        private long[] outsideDurations = new long[1024];

        synchronized void join(int expectedUsers, Duration warmupTime, Duration measuredTime) {
            long now = System.nanoTime();
            if (users++ == 0) {
                firstJoin = now;
                expected = expectedUsers;
                warmup = warmupTime;
                measured = measuredTime;
            }
            if (users >= expected) {
                start(now);
            }
        }

        synchronized long from() {
            startIfLate();
            return from;
        }

        synchronized long until() {
            startIfLate();
            return until;
        }

        private void startIfLate() {
            long now = System.nanoTime();
            if (users > 0 && now - firstJoin > ALL_READY_TIMEOUT) {
                start(now);
            }
        }

        private void start(long now) {
            if (!started) {
                started = true;
                from = Math.max(now, firstJoin + warmup.toNanos());
                until = from + measured.toNanos();
            }
        }

        synchronized void add(long start, long end, boolean failed) {
            if (end < from || end > until) {
                if (outside == outsideDurations.length) {
                    outsideDurations = Arrays.copyOf(outsideDurations, (int) outside * 2);
                }
                outsideDurations[(int) outside] = end - start;
                outside++;
                if (failed) {
                    outsideErrors++;
                }
                return;
            }
            if (count == durations.length) {
                durations = Arrays.copyOf(durations, count * 2);
            }
            durations[count++] = end - start;
            if (failed) {
                errors++;
            }
        }

        synchronized String line(String name) {
            // When not one request finished inside the window (each one slower than the whole phase), the latencies
            // of all the phase's requests are given instead, flagged, so that the table still shows how slow.
            boolean fallback = count == 0 && outside > 0;
            long[] nanos = fallback ? Arrays.copyOf(outsideDurations, (int) outside) : Arrays.copyOf(durations, count);
            Arrays.sort(nanos);
            double window = started ? (until - from) / 1e6 : 0;
            return String.join("\t", name, Integer.toString(count), Long.toString(errors), ms(window),
                    ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
                    ms(nanos.length == 0 ? 0 : Arrays.stream(nanos).average().orElse(0) / 1e6),
                    ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6), Integer.toString(users),
                    Long.toString(outside), Long.toString(outsideErrors), fallback ? "all" : "window");
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        private static String ms(double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
