package org.disputes.platform.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A lingering source gathers events that come close together into one batch of a processor, and loses none. */
class LingeringEventSourceTest {

    private final EmbeddedEventStore store = EventStoreTables.embeddedStore(new StoredSoFar(), Duration.ofMillis(10));
    private TrackingEventProcessor processor;

    @AfterEach
    void shutDown() {
        if (processor != null) {
            processor.shutDown();
        }
        store.shutDown();
    }

    @Test
    void eventsComingOneByOneWithinALingerAreHandledInTwoBatches() throws Exception {
        assertThat(batchesForTenEventsOneEvery100Ms(Duration.ofSeconds(3))).isEqualTo(2);
    }

    @Test
    void withoutALingerTheSameEventsAreHandledInABatchEach() throws Exception {
        assertThat(batchesForTenEventsOneEvery100Ms(Duration.ZERO)).isGreaterThan(5);
    }

    @Test
    void aStreamQuietForLongerThanTheLingerHandsItsFirstEventOverAtOnceAndTheNextAfterTheLinger() throws Exception {
        Duration linger = Duration.ofSeconds(2);
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     new LingeringEventSource(store, linger).openStream(null)) {
            publish(0);
            long askedAt = System.nanoTime();
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            long firstAfter = System.nanoTime() - askedAt;
            stream.nextAvailable();

            publish(1);
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            long secondAfter = System.nanoTime() - askedAt;

            assertThat(Duration.ofNanos(firstAfter)).isLessThan(linger.dividedBy(2));
            assertThat(Duration.ofNanos(secondAfter)).isGreaterThanOrEqualTo(linger);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(1);
        }
    }

    @Test
    void aStreamThatHasJustHandedOverAFullBatchDoesNotWait() throws Exception {
        Duration linger = Duration.ofSeconds(2);
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     new LingeringEventSource(store, linger).openStream(null)) {
            for (int i = 0; i < LingeringEventSource.BEHIND; i++) {
                publish(i);
            }
            long askedAt = System.nanoTime();
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < LingeringEventSource.BEHIND; i++) {
                assertThat(stream.nextAvailable().getPayload()).isEqualTo(i);
            }

            publish(LingeringEventSource.BEHIND);
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            long nextAfter = System.nanoTime() - askedAt;

            assertThat(Duration.ofNanos(nextAfter)).isLessThan(linger.dividedBy(2));
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(LingeringEventSource.BEHIND);
        }
    }

    /**
     * The batches a processor reading through a source of {@code linger} takes for ten events published 100 ms apart:
     * the first it takes at once; with a linger, the next batch cannot begin before the linger has passed.
     */
    private int batchesForTenEventsOneEvery100Ms(Duration linger) throws InterruptedException {
        List<Object> handled = new CopyOnWriteArrayList<>();
        Set<Object> batches = ConcurrentHashMap.newKeySet();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(10);
        processor = processor(new LingeringEventSource(store, linger), event -> {
            handled.add(event.getPayload());
            batches.add(CurrentUnitOfWork.get());
            first.countDown();
            all.countDown();
            return null;
        });
        processor.start();
        publish(0);
        assertThat(first.await(20, TimeUnit.SECONDS)).isTrue();
        // the others at the pace of one every 100 ms, once the processor has taken the first
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 1; i < 10; i++) {
                int payload = i;
                pace.schedule(() -> publish(payload), i * 100L, TimeUnit.MILLISECONDS);
            }
            assertThat(all.await(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            pace.shutdownNow();
        }
        assertThat(handled).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
        return batches.size();
    }

    private TrackingEventProcessor processor(LingeringEventSource source,
                                             EventMessageHandler handler) {
        return TrackingEventProcessor.builder()
                .name("lingering")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(source)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100))
                .build();
    }

    private void publish(int payload) {
        EventMessage<Integer> event = GenericEventMessage.asEventMessage(payload);
        store.publish(event);
    }
}
