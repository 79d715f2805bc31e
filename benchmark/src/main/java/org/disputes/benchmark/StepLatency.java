package org.disputes.benchmark;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Command latency apart for each step of the desk's script: a tail made by one kind of command (the first evidence,
 * say, which may wait for the saga's request for proof on the same case) shows here, where the overall figure
 * mixes it with the others.
 */
final class StepLatency {

    private final Latency[] steps = IntStream.range(0, DeskScript.STEPS).mapToObj(step -> new Latency())
            .toArray(Latency[]::new);

    void recordNanos(int step, long nanos) {
        steps[step].recordNanos(nanos);
    }

    /** {@code claim p50 … / p99 … ms; code confirmation …}, a step with no samples left out. */
    String summary() {
        return IntStream.range(0, DeskScript.STEPS).filter(step -> steps[step].count() > 0)
                .mapToObj(step -> String.format("%s p50 %.1f / p99 %.1f ms", DeskScript.STEP_NAMES.get(step),
                        steps[step].percentileMillis(50), steps[step].percentileMillis(99)))
                .collect(Collectors.joining("; "));
    }
}
