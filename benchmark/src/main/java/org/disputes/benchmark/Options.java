package org.disputes.benchmark;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a benchmark run does, from its command line ({@code --name=value}); every option has a default, so a bare
 * {@code ./benchmark.sh} runs the whole thing.
 */
record Options(int clients, Duration warmUp, Duration measure, Duration responseWindow, Duration pgbench,
               int lagSampleEvery, int decisionSampleEvery, int rebuildEvents, Set<String> parts,
               String serviceHeap) {

    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("clients", "16");
        defaults.put("warm-up", "PT60S");
        defaults.put("seconds", "60");
        defaults.put("window", "PT2S");
        defaults.put("pgbench-seconds", "20");
        defaults.put("lag-sample-every", "5");
        defaults.put("decision-sample-every", "5");
        defaults.put("rebuild-events", "1000000");
        defaults.put("parts", "load,rebuild");
        defaults.put("service-heap", "1g");
        return defaults;
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("usage: ./benchmark.sh");
        DEFAULTS.forEach((name, value) -> usage.append(" [--").append(name).append('=').append(value).append(']'));
        return usage.toString();
    }

    /** The options given, over the defaults; an unknown or malformed one is an {@link IllegalArgumentException}. */
    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>(DEFAULTS);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            String name = arg.substring(2, eq);
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            given.put(name, arg.substring(eq + 1));
        }
        return new Options(positive(given, "clients"), duration(given, "warm-up"),
                Duration.ofSeconds(positive(given, "seconds")), duration(given, "window"),
                Duration.ofSeconds(positive(given, "pgbench-seconds")), positive(given, "lag-sample-every"),
                positive(given, "decision-sample-every"), positive(given, "rebuild-events"), parts(given.get("parts")),
                heap(given.get("service-heap")));
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    private static int positive(Map<String, String> given, String name) {
        String value = given.get(name);
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a positive whole number, got: " + value);
    }

    private static Duration duration(Map<String, String> given, String name) {
        String value = given.get(name);
        try {
            Duration d = Duration.parse(value);
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be an ISO-8601 duration such as PT2S, got: " + value);
    }

    private static Set<String> parts(String value) {
        Set<String> parts = Set.of(value.split(","));
        if (!Set.of("load", "rebuild").containsAll(parts)) {
            throw new IllegalArgumentException("--parts lists load and/or rebuild, got: " + value);
        }
        return parts;
    }

    private static String heap(String value) {
        if (!value.matches("[1-9][0-9]*[mMgG]")) {
            throw new IllegalArgumentException("--service-heap is a JVM heap size such as 512m or 1g, got: " + value);
        }
        return value;
    }
}
