package org.disputes.command.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * Retries a command that lost a race on its aggregate (a {@link ConcurrencyException} anywhere in its failure's
 * chain: another writer appended first, or a cached copy of the case was stale); the retry reads the aggregate
 * afresh. Any other failure, a refusal by the case above all, is final. Axon's predicate alone cannot say this: it
 * is asked of every cause in the chain, and the conflict's own cause (the database's unique violation) is no
 * conflict.
 * <p>
 * Two instances creating the same new aggregate at once (a courier's record, a scam contact, a data subject: each
 * made by the first command that needs it) race for its first event, and the loser's failure is an
 * {@link AggregateStreamCreationException}: retried, it finds the aggregate the winner made and acts on it. Within
 * one instance Axon's per-aggregate lock queues such commands, so only several instances meet this race. The same
 * failure of a case opening means the id its client chose is taken; no retry changes that.
 */
final class LostRaceRetries extends IntervalRetryScheduler {

    /** Commands that only ever create their aggregate. */
    private static final Set<Class<?>> OPENINGS = Set.of(FileDeliveryClaim.class, OpenCustomerDispute.class);

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
    @SuppressWarnings("rawtypes")
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (OPENINGS.contains(commandMessage.getPayloadType())
                && causedBy(lastFailure, AggregateStreamCreationException.class)) {
            return false;
        }
        return super.scheduleRetry(commandMessage, lastFailure, failures, dispatchTask);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return !causedBy(failure, ConcurrencyException.class)
                && !causedBy(failure, AggregateStreamCreationException.class);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> race) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (race.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
