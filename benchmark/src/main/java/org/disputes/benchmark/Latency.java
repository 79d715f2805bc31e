package org.disputes.benchmark;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A latency distribution recorded from many threads, in microseconds, read back in milliseconds. */
final class Latency {

    private final Histogram micros = new ConcurrentHistogram(3);

    void recordNanos(long nanos) {
        micros.recordValue(Math.max(0, nanos / 1_000));
    }

    long count() {
        return micros.getTotalCount();
    }

    double percentileMillis(double percentile) {
        return micros.getValueAtPercentile(percentile) / 1_000.0;
    }

    double maxMillis() {
        return micros.getMaxValue() / 1_000.0;
    }

    /** {@code p50 1.2 ms, p90 …, p99 …, max … (n samples)}. */
    String summary() {
        if (count() == 0) {
            return "no samples";
        }
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%,d samples)",
                percentileMillis(50), percentileMillis(90), percentileMillis(99), maxMillis(), count());
    }
}
