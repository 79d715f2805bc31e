package org.disputes.benchmark;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The latencies of each second of a measured span, by the second a command was sent (or meant to go): whether a tail
 * is spread over the span or made in a few seconds, and which, to set beside what ran then (the database's analyze).
 */
final class SlowestSeconds {

    private final long fromNanos;
    private final Histogram[] micros;
    /** Exact, where a histogram's maximum is only within its precision. */
    private final AtomicLongArray worstMicros;

    SlowestSeconds(long fromNanos, Duration span) {
        this.fromNanos = fromNanos;
        this.micros = IntStream.range(0, (int) Math.max(1, span.toSeconds()))
                .mapToObj(second -> new ConcurrentHistogram(3))
                .toArray(Histogram[]::new);
        this.worstMicros = new AtomicLongArray(micros.length);
    }

    /** A command sent, or meant to go, at {@code atNanos} ({@link System#nanoTime()}) took {@code latencyNanos}. */
    void record(long atNanos, long latencyNanos) {
        long second = Math.floorDiv(atNanos - fromNanos, 1_000_000_000L);
        if (second >= 0 && second < micros.length) {
            long latencyMicros = Math.max(0, latencyNanos / 1_000);
            micros[(int) second].recordValue(latencyMicros);
            worstMicros.accumulateAndGet((int) second, latencyMicros, Math::max);
        }
    }

    /** The {@code count} seconds with the worst latency, slowest first: {@code +12 s 477.2 ms, +43 s 310.0 ms}. */
    String summary(int count) {
        return top(count, second -> worstMicros.get(second), second -> String.format("+%d s %.1f ms", second,
                worstMicros.get(second) / 1_000.0));
    }

    /**
     * The {@code count} seconds holding the most commands that took {@code thresholdMillis} or longer, most first:
     * {@code +23 s 61 of 455, +24 s 40 of 431}. Where a span's tail beyond its p99 was made.
     */
    String holding(double thresholdMillis, int count) {
        long threshold = Math.round(thresholdMillis * 1_000);
        IntToLongFunction slow = second -> micros[second].getCountBetweenValues(threshold,
                Math.max(threshold, micros[second].getMaxValue()));
        return top(count, slow, second -> String.format("+%d s %d of %d", second, slow.applyAsLong(second),
                micros[second].getTotalCount()));
    }

    private String top(int count, IntToLongFunction by, IntFunction<String> label) {
        return IntStream.range(0, micros.length)
                .filter(second -> by.applyAsLong(second) > 0)
                .boxed()
                .sorted(Comparator.comparingLong((Integer second) -> by.applyAsLong(second)).reversed())
                .limit(count)
                .map(label::apply)
                .collect(Collectors.joining(", "));
    }
}
