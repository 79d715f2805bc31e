package org.disputes.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How long the closed loop warms the services up: at least {@code --warm-up}, then on until the JIT has settled (its
 * compiler threads took under a tenth of the services' CPU over the last 30 s), at most {@code --warm-up-limit}.
 * At a few hundred requests a second HotSpot's tiers take minutes to compile code this large, at a pace that depends
 * on the machine; a fixed warm-up measured the JIT's work as much as the services' on a slower one.
 */
final class WarmUp {

    static final Duration WINDOW = Duration.ofSeconds(30);
    /** The JIT's share of the services' CPU over a window below which it counts as settled. */
    static final double SETTLED = 0.10;

    /** The services' CPU and their compilers' share of it, in milliseconds, summed over every instance. */
    interface Gauges {
        long cpuMillis() throws IOException;

        long compilingMillis() throws IOException;
    }

    /** How the warm-up ended: after how long, and the compilers' share of the services' CPU in its last window. */
    record Ended(Duration took, Duration window, double compilingShare) {

        boolean settled() {
            return compilingShare < SETTLED;
        }

        String summary() {
            return String.format(Locale.ROOT, "warm-up: %d s; the JIT's compilers took %.0f%% of the services' CPU "
                            + "over its last %d s%s", took.toSeconds(), 100 * compilingShare, window.toSeconds(),
                    settled() ? "" : String.format(Locale.ROOT, " (not under %.0f%% at the limit: the JIT's work is in "
                            + "the figures)", 100 * SETTLED));
        }
    }

    /** A span's compilers' share of the CPU; no CPU at all counts as unsettled. */
    static double share(long cpuMillis, long compilingMillis) {
        return cpuMillis <= 0 ? 1.0 : (double) compilingMillis / cpuMillis;
    }

    /** Waits while the load runs; returns once the services are warm or the limit is reached. */
    static Ended await(Duration least, Duration limit, Gauges gauges) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        long firstCheck = start + Math.max(least.toNanos(), WINDOW.toNanos()) - WINDOW.toNanos();
        sleepUntil(Math.min(firstCheck, end));
        while (true) {
            long cpu = gauges.cpuMillis();
            long compiling = gauges.compilingMillis();
            long windowStart = System.nanoTime();
            long windowEnd = Math.min(windowStart + WINDOW.toNanos(), end);
            sleepUntil(windowEnd);
            double share = share(gauges.cpuMillis() - cpu, gauges.compilingMillis() - compiling);
            if (share < SETTLED || windowEnd >= end) {
                return new Ended(Duration.ofNanos(System.nanoTime() - start),
                        Duration.ofNanos(System.nanoTime() - windowStart), share);
            }
        }
    }

    private static void sleepUntil(long due) throws InterruptedException {
        long left = due - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left); // the warm-up's own length: the load runs meanwhile
        }
    }

    private WarmUp() {
    }
}
