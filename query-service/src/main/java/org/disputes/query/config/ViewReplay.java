package org.disputes.query.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.disputes.query.cases.CaseProjection;
import org.disputes.query.couriers.CourierProjection;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Projects the whole event store in pages: one reader goes through the store once and deserializes a page while
 * the page before it is projected, each page in a transaction of its own. The processor's own replay costs far more:
 * each of its segments reads the whole store, and every event passes a chain of interceptors on its own.
 */
@Component
class ViewReplay {

    /**
     * Events a page: large enough that a page's writes are a few big statements, small enough that the pages in hand
     * are mostly gone by the next young collection (5,000 a page cost the rebuild 10% more CPU, most of it in GC).
     */
    private static final int PAGE = 2_000;
    /** Pages read ahead of the one being projected. */
    private static final int AHEAD = 2;

    private final EventStorageEngine store;
    private final TransactionManager transactions;
    private final CaseProjection cases;
    private final CourierProjection couriers;

    ViewReplay(EventStorageEngine store, TransactionManager transactions, CaseProjection cases,
               CourierProjection couriers) {
        this.store = store;
        this.transactions = transactions;
        this.cases = cases;
        this.couriers = couriers;
    }

    /** How many events were projected, and the position of the last (null when the store is empty). */
    record Replayed(long events, TrackingToken position) {
    }

    /** Projects every event stored up to the moment the reader reaches the end of the store. */
    Replayed replayAll() throws InterruptedException {
        ExecutorService projector = Executors.newSingleThreadExecutor(work -> new Thread(work, "view-replay"));
        Deque<Future<?>> projecting = new ArrayDeque<>();
        long events = 0;
        TrackingToken position = null;
        try (Stream<? extends TrackedEventMessage<?>> stream = store.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> reader = stream.iterator();
            while (reader.hasNext()) {
                List<TrackedEventMessage<?>> page = new ArrayList<>(PAGE);
                while (page.size() < PAGE && reader.hasNext()) {
                    TrackedEventMessage<?> event = reader.next();
                    // deserialized here, on the reader's thread, while the projector works on the page before
                    event.getPayload();
                    event.getMetaData();
                    page.add(event);
                }
                events += page.size();
                position = page.get(page.size() - 1).trackingToken();
                if (projecting.size() == AHEAD) {
                    awaitOldest(projecting);
                }
                projecting.add(projector.submit(() -> project(page)));
            }
            while (!projecting.isEmpty()) {
                awaitOldest(projecting);
            }
            return new Replayed(events, position);
        } finally {
            projector.shutdownNow();
        }
    }

    private void project(List<TrackedEventMessage<?>> page) {
        transactions.executeInTransaction(() -> {
            cases.projectPage(page);
            couriers.projectPage(page);
        });
    }

    private static void awaitOldest(Deque<Future<?>> projecting) throws InterruptedException {
        try {
            projecting.removeFirst().get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("projecting a page of the event store failed", failed.getCause());
        }
    }
}
