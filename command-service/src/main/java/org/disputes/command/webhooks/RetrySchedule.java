package org.disputes.command.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: the first retry after {@code firstRetry}, each later one after twice
 * the wait before it, up to {@code maxInterval}, each drawn at random from its upper half (jitter, so receivers
 * coming back are not met by every sender at once); none once {@code retryFor} has passed since the delivery
 * became due, when it is {@code FAILED}.
 */
final class RetrySchedule {

    private final Duration firstRetry;
    private final Duration maxInterval;
    private final Duration retryFor;
    private final RandomGenerator random;

    RetrySchedule(Duration firstRetry, Duration maxInterval, Duration retryFor, RandomGenerator random) {
        this.firstRetry = firstRetry;
        this.maxInterval = maxInterval;
        this.retryFor = retryFor;
        this.random = random;
    }

    /** The next attempt after the {@code attempt}-th failed at {@code now}, or empty when it is time to give up. */
    Optional<Instant> next(int attempt, Instant retryFrom, Instant now) {
        Instant giveUp = retryFrom.plus(retryFor);
        if (!now.isBefore(giveUp)) {
            return Optional.empty();
        }
        long ceiling = maxInterval.toMillis();
        long wait = firstRetry.toMillis();
        for (int i = 1; i < attempt && wait < ceiling; i++) {
            wait *= 2;
        }
        wait = Math.min(wait, ceiling);
        long jittered = wait / 2 + random.nextLong(wait / 2 + 1);
        Instant next = now.plusMillis(jittered);
        // a last attempt at the end of the period rather than none
        return Optional.of(next.isAfter(giveUp) ? giveUp : next);
    }
}
