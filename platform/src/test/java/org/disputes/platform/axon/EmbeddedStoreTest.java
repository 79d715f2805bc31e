package org.disputes.platform.axon;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store keeps only {@link EventStoreTables#CACHED_EVENTS} events for its readers: one further behind
 * misses nothing.
 */
class EmbeddedStoreTest {

    private final EmbeddedEventStore store = EventStoreTables.embeddedStore(new StoredSoFar(),
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
            List<Object> behind = TrackingStreams.next(fallingBehind, 1);
            List<Object> upToDate = TrackingStreams.next(keepingUp, 1);
            // the store goes three caches further while one reader keeps up and the other reads nothing
            publish(1, events);
            upToDate.addAll(TrackingStreams.next(keepingUp, events - 1));
            behind.addAll(TrackingStreams.next(fallingBehind, events - 1));

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
}
