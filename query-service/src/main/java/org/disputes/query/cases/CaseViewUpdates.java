package org.disputes.query.cases;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Lets a reader wait for a case's view to reach a version: woken as soon as any instance projects a change to
 * that case (and only that case: many readers waiting on busy cases must not all re-read at every change), and
 * re-reading at an interval in any case, should another instance's announcement be lost
 * ({@link CaseViewAnnouncements}).
 */
@Component
public class CaseViewUpdates {

    private static final long RECHECK_MILLIS = 500;

    /** The readers waiting on each case; the entry goes when the last of them does. */
    private final Map<UUID, Waiting> waiting = new ConcurrentHashMap<>();

    private static final class Waiting {
        int readers;
        long changes;
    }

    /** The case's view has changed here (called after the change is committed). */
    void changed(UUID caseId) {
        Waiting readers = waiting.get(caseId);
        if (readers != null) {
            synchronized (readers) {
                readers.changes++;
                readers.notifyAll();
            }
        }
    }

    /** The first value {@code read} gives that satisfies the wait, or empty when {@code patience} runs out. */
    public <T> Optional<T> awaitUntil(UUID caseId, Supplier<Optional<T>> read, Predicate<T> reached,
                                      Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Waiting readers = waiting.compute(caseId, (id, w) -> {
            Waiting joined = w == null ? new Waiting() : w;
            joined.readers++;
            return joined;
        });
        try {
            while (true) {
                long changesSeen;
                synchronized (readers) {
                    changesSeen = readers.changes;
                }
                Optional<T> value = read.get().filter(reached);
                if (value.isPresent()) {
                    return value;
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return Optional.empty();
                }
                synchronized (readers) {
                    if (readers.changes == changesSeen) { // no change since the read: sleep until one comes
                        readers.wait(Math.min(left, RECHECK_MILLIS));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            waiting.compute(caseId, (id, w) -> --w.readers == 0 ? null : w);
        }
    }
}
