package org.disputes.platform.axon;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon's embedded event store, with each event it drops from its cache cut off from the events after it.
 * <p>
 * Axon caches events as a singly linked list; dropping the oldest, it moves the list's head past it and leaves its
 * link. A dropped event in the old generation is garbage, but a young collection takes every old object for live, so
 * its link keeps the next event alive; that one is copied, promoted in turn, and keeps the next: once one cached event
 * has been promoted (every one cached during a full collection is), each young collection copies and promotes every
 * event read since the one before, and concurrent marking cannot end it, the newest promoted being live by then. The
 * instances running processors promoted 8 to 12 MiB a young collection this way, with pauses of 100 to 250 ms on two
 * shared cores, where those running none stayed flat (README, tuning log). Every second, the events dropped since the
 * last look are unlinked. A reader still at a dropped event is behind the cache, which Axon checks before it follows a
 * link, and reads the store on its own from that event's token, as it would have anyway.
 */
public final class UnlinkingEventStore extends EmbeddedEventStore {

    /** How often the dropped events are unlinked: well within the young collections' few seconds. */
    static final Duration EVERY = Duration.ofSeconds(1);

    private static final VarHandle OLDEST;
    private static final VarHandle NEXT;

    static {
        try {
            Class<?> node = Class.forName(EmbeddedEventStore.class.getName() + "$Node");
            OLDEST = MethodHandles.privateLookupIn(EmbeddedEventStore.class, MethodHandles.lookup())
                    .findVarHandle(EmbeddedEventStore.class, "oldest", node);
            NEXT = MethodHandles.privateLookupIn(node, MethodHandles.lookup()).findVarHandle(node, "next", node);
        } catch (ReflectiveOperationException e) {
            // an Axon whose cache is built otherwise: UnlinkingEventStoreTest says so before anything ships
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ScheduledExecutorService unlinker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "event-cache-unlinker");
        thread.setDaemon(true);
        return thread;
    });
    /** The cache's oldest event at the last look: where the events dropped since begin. */
    private Object oldestSeen;
    private long unlinkedSoFar;

    UnlinkingEventStore(Builder builder) {
        this(builder, EVERY);
    }

    /** Unlinking every {@code every}: a test's store does it only when told. */
    UnlinkingEventStore(Builder builder, Duration every) {
        super(builder);
        unlinker.scheduleWithFixedDelay(this::unlinkDropped, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Unlinks the events dropped from the cache since the last call; says how many. */
    synchronized int unlinkDropped() {
        Object oldest = OLDEST.getVolatile(this);
        int unlinked = 0;
        for (Object dropped = oldestSeen; dropped != null && dropped != oldest; unlinked++) {
            Object next = NEXT.getVolatile(dropped);
            NEXT.setVolatile(dropped, null);
            dropped = next;
        }
        oldestSeen = oldest;
        unlinkedSoFar += unlinked;
        return unlinked;
    }

    /** How many dropped events have been unlinked since the store began. */
    synchronized long unlinkedSoFar() {
        return unlinkedSoFar;
    }

    @Override
    public void shutDown() {
        unlinker.shutdownNow();
        super.shutDown();
    }
}
