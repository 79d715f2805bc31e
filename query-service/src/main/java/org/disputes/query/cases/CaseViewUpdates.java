package org.disputes.query.cases;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets a reader wait for a case's view to reach a version: woken as soon as this instance projects a change,
 * and re-reading at a short interval in any case (another instance may be the one projecting).
 */
@Component
public class CaseViewUpdates {

    private static final long RECHECK_MILLIS = 50;
    private final Object monitor = new Object();

    /** Some views changed (and are committed): every waiting reader looks again. */
    void changed() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** The first value {@code read} gives that satisfies the wait, or empty when {@code patience} runs out. */
    public <T> Optional<T> awaitUntil(Supplier<Optional<T>> read, java.util.function.Predicate<T> reached,
                                      Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Optional<T> value = read.get().filter(reached);
            if (value.isPresent()) {
                return value;
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                return Optional.empty();
            }
            synchronized (monitor) {
                try {
                    monitor.wait(Math.min(left, RECHECK_MILLIS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }
}
