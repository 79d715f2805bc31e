package org.disputes.platform.axon;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store keeps only {@link EventStoreTables#CACHED_EVENTS} events for its readers: one further behind
 * misses nothing.
 */
class EmbeddedStoreTest {

    private final EmbeddedEventStore store = EventStoreTables.embeddedStore(new InMemoryEventStorageEngine(),
            Duration.ofMillis(10));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aReaderFallenFurtherBehindThanTheCacheStillReadsEveryEventInOrder() throws Exception {
        int events = EventStoreTables.CACHED_EVENTS * 3;
        publish(0, 1);
        try (TrackingEventStream keepingUp = store.openStream(null);
             TrackingEventStream fallingBehind = store.openStream(null)) {
            List<Object> behind = read(fallingBehind, 1);
            List<Object> upToDate = read(keepingUp, 1);
            // the store goes three caches further while one reader keeps up and the other reads nothing
            publish(1, events);
            upToDate.addAll(read(keepingUp, events - 1));
            behind.addAll(read(fallingBehind, events - 1));

            List<Object> all = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                all.add(i);
            }
            assertThat(upToDate).isEqualTo(all);
            assertThat(behind).isEqualTo(all);
        }
    }

    private void publish(int from, int to) {
        for (int i = from; i < to; i++) {
            store.publish(GenericEventMessage.asEventMessage(i));
        }
    }

    /** The payloads of the next {@code count} events, each waited for at most 10 s. */
    private static List<Object> read(TrackingEventStream stream, int count)
            throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (payloads.size() < count && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }
}
