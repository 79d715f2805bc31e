package org.disputes.benchmark;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a benchmark run does, from its command line ({@code --name=value}); every option has a default, so a bare
 * {@code ./benchmark.sh} runs the whole thing.
 *
 * @param rate the open loop's commands a second; empty: half the rate the closed loop has just measured
 */
record Options(int clients, Duration warmUp, Duration warmUpLimit, Duration measure, Duration openLoopMeasure,
               OptionalDouble rate, Duration responseWindow, Duration pgbench, int lagSampleEvery, int decisionSampleEvery,
               int rebuildEvents, Set<String> parts, Set<String> modes, int instances, String serviceHeap) {

    /** The value of {@code --rate} that means "half the saturation rate just measured". */
    static final String HALF_THE_SATURATION = "half";
    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("clients", "16");
        // the least and the most: in between, the closed loop warms the services up until the JIT settles (WarmUp)
        defaults.put("warm-up", "PT180S");
        defaults.put("warm-up-limit", "PT900S");
        defaults.put("seconds", "60");
        defaults.put("modes", "closed,open");
        defaults.put("rate", HALF_THE_SATURATION);
        defaults.put("open-loop-seconds", "60");
        defaults.put("instances", "2");
        defaults.put("window", "PT2S");
        defaults.put("pgbench-seconds", "20");
        defaults.put("lag-sample-every", "5");
        defaults.put("decision-sample-every", "5");
        defaults.put("rebuild-events", "5000000");
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
        Set<String> modes = listed(given, "modes", Set.of("closed", "open"));
        OptionalDouble rate = rate(given.get("rate"));
        if (!modes.contains("closed") && modes.contains("open") && rate.isEmpty()) {
            throw new IllegalArgumentException("--modes=open alone needs --rate=N: there is no saturation rate to halve");
        }
        Duration warmUp = duration(given, "warm-up");
        Duration warmUpLimit = duration(given, "warm-up-limit");
        if (warmUpLimit.compareTo(warmUp) < 0) {
            throw new IllegalArgumentException("--warm-up-limit must be at least --warm-up (" + warmUp + "), got: "
                    + warmUpLimit);
        }
        return new Options(positive(given, "clients"), warmUp, warmUpLimit,
                Duration.ofSeconds(positive(given, "seconds")), Duration.ofSeconds(positive(given, "open-loop-seconds")),
                rate, duration(given, "window"), Duration.ofSeconds(positive(given, "pgbench-seconds")),
                positive(given, "lag-sample-every"), positive(given, "decision-sample-every"),
                positive(given, "rebuild-events"), listed(given, "parts", Set.of("load", "rebuild")), modes,
                positive(given, "instances"), heap(given.get("service-heap")));
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    boolean runsMode(String mode) {
        return modes.contains(mode);
    }

    /** The open loop's commands a second: {@code --rate}, else half the closed loop's, at least one. */
    double openLoopRate(double saturation) {
        return rate.orElse(Math.max(1, saturation / 2));
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

    private static OptionalDouble rate(String value) {
        if (value.equals(HALF_THE_SATURATION)) {
            return OptionalDouble.empty();
        }
        try {
            double rate = Double.parseDouble(value);
            if (rate > 0 && Double.isFinite(rate)) {
                return OptionalDouble.of(rate);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--rate is commands a second (above 0) or " + HALF_THE_SATURATION
                + " (of the closed loop's rate), got: " + value);
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

    private static Set<String> listed(Map<String, String> given, String name, Set<String> known) {
        String value = given.get(name);
        Set<String> listed = Set.copyOf(Arrays.asList(value.split(",", -1)));
        if (!known.containsAll(listed)) {
            throw new IllegalArgumentException("--" + name + " lists " + String.join(" and/or ", known.stream().sorted()
                    .toList()) + ", got: " + value);
        }
        return listed;
    }

    private static String heap(String value) {
        if (!value.matches("[1-9][0-9]*[mMgG]")) {
            throw new IllegalArgumentException("--service-heap is a JVM heap size such as 512m or 1g, got: " + value);
        }
        return value;
    }
}
