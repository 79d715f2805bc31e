package org.disputes.platform.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.disputes.platform.database.PassingTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parks instead of skipping, around each event a processor hands its group.
 * <ul>
 * <li>An event whose sequence (its case) already waits in the dead-letter queue is parked behind it, unhandled, so
 * the case's events keep their order.</li>
 * <li>An event whose handling fails fails its batch: the batch's transaction rolls back whole, so nothing the failed
 * handling wrote or changed (a saga's state, its deadlines, the commands it sent) is kept. When the processor hands
 * the batch again, the event is parked, first of its sequence, without being handled, and every other case goes
 * on.</li>
 * <li>An event is parked once per group: a saga's processor hands every event to each of its segments.</li>
 * <li>A failure that may pass by itself (the database unreachable, a deadlock) is not remembered: the processor
 * retries the batch as it is.</li>
 * </ul>
 * Axon's own {@code DeadLetteringEventHandlerInvoker} supports no saga, keeps what a failed handler wrote in the
 * batch's transaction, and can tell nothing of a group that writes its batch at commit; one interceptor for every
 * group keeps a single behaviour.
 */
final class ParkingInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingInterceptor.class);
    /** Failures waiting for their batch to come again; the batch may have gone to another instance meanwhile. */
    private static final int MAX_REMEMBERED = 10_000;

    private final ParkedGroup group;
    private final SequencingPolicy<? super EventMessage<?>> sequencing;
    private final String parkedKey;
    /** Events whose handling failed, by id, with why: parked when their batch comes again. */
    private final Map<String, Throwable> failed = new ConcurrentHashMap<>();

    ParkingInterceptor(ParkedGroup group, SequencingPolicy<? super EventMessage<?>> sequencing) {
        this.group = group;
        this.sequencing = sequencing;
        this.parkedKey = ParkingInterceptor.class.getName() + "/" + group.name();
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unit, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unit.getMessage();
        String sequence = sequenceOf(event);
        ParkedGroup.Batch parked = unit.root().getOrComputeResource(parkedKey, key -> group.batch());
        if (parked.waits(sequence)) {
            group.parkBehind(sequence, event);
            return null;
        }
        Throwable failure = failed.get(event.getIdentifier());
        if (failure != null) {
            // the class and where it was thrown, not the message: it may quote the event
            log.warn("Parked event {} ({}) of sequence {} in {}: {} at {}", event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), sequence, group.name(), failure.getClass().getName(),
                    failure.getStackTrace().length > 0 ? failure.getStackTrace()[0] : "?");
            group.park(sequence, event, failure);
            parked.parked(sequence);
            // forgotten once parked for good: should a later event of the batch fail, the batch comes again
            unit.root().afterCommit(u -> {
                failed.remove(event.getIdentifier());
                group.forget();
            });
            return null;
        }
        try {
            return chain.proceed();
        } catch (Exception e) {
            if (!PassingTrouble.isPassing(e)) {
                if (failed.size() >= MAX_REMEMBERED) {
                    failed.clear();
                }
                failed.put(event.getIdentifier(), e);
            }
            throw e;
        }
    }

    private String sequenceOf(EventMessage<?> event) {
        Object sequence = sequencing.getSequenceIdentifierFor(event);
        // no sequence (an event of no aggregate): it is a sequence of its own
        return sequence == null ? event.getIdentifier() : sequence.toString();
    }
}
