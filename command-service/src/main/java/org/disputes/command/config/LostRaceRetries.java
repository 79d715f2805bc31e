package org.disputes.command.config;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.concurrent.Executors;

/**
 * Retries a command that lost a race on its case (a {@link ConcurrencyException} anywhere in its failure's chain:
 * another writer appended first, or a cached copy of the case was stale); the retry reads the case afresh. Any
 * other failure, a refusal by the case above all, is final. Axon's predicate alone cannot say this: it is asked
 * of every cause in the chain, and the conflict's own cause (the database's unique violation) is no conflict.
 */
final class LostRaceRetries extends IntervalRetryScheduler {

    private LostRaceRetries(Builder builder) {
        super(builder);
    }

    static LostRaceRetries every(int millis, int times) {
        return new LostRaceRetries(IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(millis)
                .maxRetryCount(times));
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return false;
            }
        }
        return true;
    }
}
