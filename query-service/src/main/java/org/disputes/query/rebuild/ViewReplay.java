package org.disputes.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.disputes.query.config.QueryProperties;
import org.disputes.query.projection.Projection;
import org.disputes.query.projection.Projections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Projects the whole event store in pages through every {@link Projection}: one reader goes through the store once and deserializes a page while
 * the page before it is projected, each page in a transaction of its own. The processor's own replay costs far more:
 * each of its segments reads the whole store, and every event passes a chain of interceptors on its own.
 */
@Component
class ViewReplay {

    private static final Logger log = LoggerFactory.getLogger(ViewReplay.class);

    /**
     * Events a page: large enough that a page's writes are a few big statements, small enough that the pages in hand
     * are mostly gone by the next young collection (5,000 a page cost the rebuild 10% more CPU, most of it in GC).
     */
    private static final int PAGE = 2_000;
    /** Pages read ahead of the one being projected. */
    private static final int AHEAD = 2;

    private final EventStorageEngine store;
    private final TransactionManager transactions;
    private final Projections projections;
    private final JdbcClient jdbc;
    private final QueryProperties properties;

    ViewReplay(EventStorageEngine store, TransactionManager transactions, Projections projections, JdbcClient jdbc,
               QueryProperties properties) {
        this.store = store;
        this.transactions = transactions;
        this.projections = projections;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A page handed to the projector, and how many events are projected once it is. */
    private record Pending(Future<?> projection, long eventsThrough) {
    }

    /** How many events were projected, and the position of the last (null when the store is empty). */
    record Replayed(long events, TrackingToken position) {
    }

    /** Projects every event stored up to the moment the reader reaches the end of the store. */
    Replayed replayAll() throws InterruptedException {
        // one count for the whole rebuild, which reads every row anyway
        long total = jdbc.sql("select count(*) from command.domain_event_entry").query(Long.class).single();
        RebuildProgress progress = new RebuildProgress(total, properties.rebuildProgress(), System::nanoTime,
                log::info);
        ExecutorService projector = Executors.newSingleThreadExecutor(work -> new Thread(work, "view-replay"));
        Deque<Pending> projecting = new ArrayDeque<>();
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
                    progress.projected(awaitOldest(projecting));
                }
                projecting.add(new Pending(projector.submit(() -> project(page)), events));
            }
            while (!projecting.isEmpty()) {
                progress.projected(awaitOldest(projecting));
            }
            // on the projecting thread, which alone touched what the projections held back
            projecting.add(new Pending(projector.submit(
                    () -> transactions.executeInTransaction(projections::rebuilt)), events));
            awaitOldest(projecting);
            return new Replayed(events, position);
        } finally {
            projector.shutdownNow();
        }
    }

    private void project(List<TrackedEventMessage<?>> page) {
        transactions.executeInTransaction(() -> projections.apply(page, Projection.Mode.REBUILD));
    }

    /** Waits for the oldest page to be projected; how many events are projected with it. */
    private static long awaitOldest(Deque<Pending> projecting) throws InterruptedException {
        Pending oldest = projecting.removeFirst();
        try {
            oldest.projection().get();
            return oldest.eventsThrough();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("projecting a page of the event store failed", failed.getCause());
        }
    }
}
