package org.disputes.benchmark;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The worst latency of each second of a measured span, by the second a command was meant to go: whether a tail is
 * spread over the span or made in a few seconds, and which, to set beside what ran then (the database's analyze).
 */
final class SlowestSeconds {

    private final long fromNanos;
    private final AtomicLongArray worstMicros;

    SlowestSeconds(long fromNanos, Duration span) {
        this.fromNanos = fromNanos;
        this.worstMicros = new AtomicLongArray((int) Math.max(1, span.toSeconds()));
    }

    /** A command meant to go at {@code atNanos} ({@link System#nanoTime()}) took {@code latencyNanos}. */
    void record(long atNanos, long latencyNanos) {
        long second = Math.floorDiv(atNanos - fromNanos, 1_000_000_000L);
        if (second >= 0 && second < worstMicros.length()) {
            worstMicros.accumulateAndGet((int) second, latencyNanos / 1_000, Math::max);
        }
    }

    /** The {@code count} slowest seconds, slowest first: {@code +12 s 477.2 ms, +43 s 310.0 ms}. */
    String summary(int count) {
        return IntStream.range(0, worstMicros.length())
                .filter(second -> worstMicros.get(second) > 0)
                .boxed()
                .sorted(Comparator.comparingLong(worstMicros::get).reversed())
                .limit(count)
                .map(second -> String.format("+%d s %.1f ms", second, worstMicros.get(second) / 1_000.0))
                .collect(Collectors.joining(", "));
    }
}
