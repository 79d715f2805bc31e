package org.disputes.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Waits for a condition by asking again every few milliseconds until a deadline; never a fixed sleep. */
public final class Poll {

    private static final long INTERVAL_NANOS = Duration.ofMillis(25).toNanos();

    private Poll() {
    }

    /** The first answer that satisfies {@code done}, or the last one when {@code patience} runs out. */
    public static <T> T until(Callable<T> ask, Predicate<T> done, Duration patience) throws Exception {
        return until(ask, done, patience, Duration.ofNanos(INTERVAL_NANOS));
    }

    /** The same, asking only every {@code interval}: for a question that costs the system under test real work. */
    public static <T> T until(Callable<T> ask, Predicate<T> done, Duration patience, Duration interval)
            throws Exception {
        Instant deadline = Instant.now().plus(patience);
        T answer = ask.call();
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(interval.toNanos());
            answer = ask.call();
        }
        return answer;
    }
}
