package org.disputes.platform.axon;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the embedded store drops from its cache are unlinked from the ones after them, and a reader left at a
 * dropped event still reads every event after it, in order.
 */
class UnlinkingEventStoreTest {

    private static final int CACHED = EventStoreTables.CACHED_EVENTS;

    /** Unlinking only when the test says. */
    private final UnlinkingEventStore store = new UnlinkingEventStore(EmbeddedEventStore.builder()
            .storageEngine(new StoredSoFar()).fetchDelay(10).cachedEvents(CACHED), Duration.ofHours(1));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void theEventsDroppedFromTheCacheAreUnlinkedAndAReaderLeftAtOneMissesNothing() throws Exception {
        int events = CACHED * 2 + 2;
        try (TrackingEventStream keepingUp = store.openStream(null);
             TrackingEventStream leftBehind = store.openStream(null)) {
            // the first event each reads from the store itself, the second from the cache
            publish(0, 1);
            List<Object> upToDate = TrackingStreams.next(keepingUp, 1);
            List<Object> behind = TrackingStreams.next(leftBehind, 1);
            publish(1, 2);
            upToDate.addAll(TrackingStreams.next(keepingUp, 1));
            behind.addAll(TrackingStreams.next(leftBehind, 1));
            assertThat(store.unlinkDropped()).as("nothing dropped yet: the first look only notes the oldest")
                    .isZero();

            publish(2, events);
            upToDate.addAll(TrackingStreams.next(keepingUp, events - 2));
            AtomicLong unlinkedSoFar = new AtomicLong();
            // the store's own reader may still be filling its cache
            long unlinked = Poll.until(() -> unlinkedSoFar.addAndGet(store.unlinkDropped()),
                    n -> n >= events - 1 - CACHED, Duration.ofSeconds(10));
            assertThat(unlinked).as("every cached event but the newest %d, among them the one a reader was left at",
                    CACHED).isEqualTo(events - 1 - CACHED);
            assertThat(store.unlinkDropped()).as("each is unlinked once").isZero();

            behind.addAll(TrackingStreams.next(leftBehind, events - 2));
            List<Object> all = IntStream.range(0, events).boxed().map(Object.class::cast).toList();
            assertThat(upToDate).isEqualTo(all);
            assertThat(behind).isEqualTo(all);
        }
    }

    @Test
    void theStoreUnlinksOnItsOwn() throws Exception {
        EmbeddedEventStore services = EventStoreTables.embeddedStore(new InMemoryEventStorageEngine(),
                Duration.ofMillis(10));
        services.shutDown();
        assertThat(services).as("the services' store").isInstanceOf(UnlinkingEventStore.class);
        UnlinkingEventStore often = new UnlinkingEventStore(EmbeddedEventStore.builder()
                .storageEngine(new StoredSoFar()).fetchDelay(10).cachedEvents(CACHED), Duration.ofMillis(20));
        try (TrackingEventStream reader = often.openStream(null)) {
            // its first look at a filled cache only notes the oldest event, so events must go on being dropped after
            // that look, however late its thread gets to run on a busy machine: publish until it has unlinked some
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int published = 0;
            while (often.unlinkedSoFar() == 0 && System.nanoTime() < deadline) {
                often.publish(GenericEventMessage.asEventMessage(published));
                assertThat(TrackingStreams.next(reader, 1)).containsExactly(published);
                published++;
            }
            assertThat(often.unlinkedSoFar()).as("after %d events", published)
                    .isBetween(1L, (long) published - CACHED);
        } finally {
            often.shutDown();
        }
    }

    private void publish(int from, int to) {
        for (int i = from; i < to; i++) {
            store.publish(GenericEventMessage.asEventMessage(i));
        }
    }
}
