package org.disputes.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rebuild's steady rate, apart from the JIT's warm-up, from the query service's progress lines ({@code
 * Rebuilding the views: N of M events …}, every {@code disputes.query.rebuild-progress}): events over time between
 * the first line past the warm-up and the last line. The warm-up is the first {@link #WARM_UP} and at least the
 * first {@link #WARM_UP_SHARE} of the events, whichever ends later.
 */
final class RebuildRate {

    static final Duration WARM_UP = Duration.ofSeconds(30);
    static final double WARM_UP_SHARE = 0.10;
    private static final Pattern PROGRESS = Pattern.compile("Rebuilding the views: ([0-9,]+) of ");

    /** How many events were projected at a moment. */
    record Point(Instant at, long events) {
    }

    /** {@code events} projected in {@code over}, starting {@code after} the rebuild began. */
    record Steady(long events, Duration over, Duration after) {

        double eventsPerSecond() {
            return events / (over.toNanos() / 1e9);
        }
    }

    private RebuildRate() {
    }

    /** The progress a log line reports, if it is a progress line with a timestamp. */
    static Optional<Point> point(String line) {
        Matcher progress = PROGRESS.matcher(line);
        if (!progress.find()) {
            return Optional.empty();
        }
        Instant at = RebuildRun.loggedAt(line, null);
        return at == null ? Optional.empty()
                : Optional.of(new Point(at, Long.parseLong(progress.group(1).replace(",", ""))));
    }

    /** The steady rate over {@code points}, in time order; empty when no two lines lie past the warm-up. */
    static Optional<Steady> steady(List<Point> points, Instant start, long total) {
        Instant warm = start.plus(WARM_UP);
        long warmEvents = (long) Math.ceil(total * WARM_UP_SHARE);
        Point from = points.stream().filter(p -> !p.at().isBefore(warm) && p.events() >= warmEvents).findFirst()
                .orElse(null);
        if (from == null) {
            return Optional.empty();
        }
        Point to = points.get(points.size() - 1);
        if (!to.at().isAfter(from.at())) {
            return Optional.empty();
        }
        return Optional.of(new Steady(to.events() - from.events(), Duration.between(from.at(), to.at()),
                Duration.between(start, from.at())));
    }
}
