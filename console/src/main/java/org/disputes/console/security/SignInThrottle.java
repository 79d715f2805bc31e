package org.disputes.console.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repeated wrong passwords slow down: after {@value #FREE_FAILURES} failures for one user name within
 * {@link #MEMORY}, each further attempt waits twice as long as the one before, at most {@link #MAX_WAIT}.
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MEMORY = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofSeconds(8);
    private static final int MAX_REMEMBERED = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long an attempt for {@code user} must wait before its password is checked. */
    public Duration delayFor(String user) {
        Failures f = failures.get(key(user));
        if (f == null || f.last().plus(MEMORY).isBefore(clock.instant()) || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofMillis(500L << Math.min(f.count() - FREE_FAILURES, 10));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    public void failed(String user) {
        if (failures.size() > MAX_REMEMBERED) {
            Instant forgotten = clock.instant().minus(MEMORY);
            failures.values().removeIf(f -> f.last().isBefore(forgotten));
        }
        Instant now = clock.instant();
        failures.merge(key(user), new Failures(1, now), (old, one) ->
                old.last().plus(MEMORY).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    public void succeeded(String user) {
        failures.remove(key(user));
    }

    private static String key(String user) {
        return user == null ? "" : user.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
