package org.disputes.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** What went wrong in a phase, by HTTP status (-1: no answer), with the first few samples to say what. */
final class Failures {

    private static final int SAMPLES = 5;
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Queue<String> samples = new ConcurrentLinkedQueue<>();

    void add(int status, String sample) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        note(sample);
    }

    /** A sample that is not a request's failure, e.g. probes left unanswered. */
    void note(String sample) {
        if (samples.size() < SAMPLES) {
            samples.add(sample);
        }
    }

    boolean none() {
        return byStatus.isEmpty();
    }

    /** {@code none}, or the count by status. */
    String summary() {
        if (byStatus.isEmpty()) {
            return "none";
        }
        Map<Integer, Long> counts = new TreeMap<>();
        byStatus.forEach((status, count) -> counts.put(status, count.sum()));
        return counts + " (status -1: no answer)";
    }

    List<String> samples() {
        return List.copyOf(samples);
    }
}
