package org.disputes.query.cases;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.disputes.platform.axon.MessageActor;
import org.disputes.query.projection.Projection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps each case's view and timeline from its events, a batch at a time: the views of every case the batch names
 * are read in one query, folded in memory event by event, and written once (see {@link CaseViewBatch}). Idempotent:
 * an event the view already reflects (a redelivery after a crash) changes nothing.
 */
@Component
public class CaseProjection implements Projection {

    /** The aggregate type the command side stores a case's events under. */
    static final String CASE_AGGREGATE = "DisputeCase";

    private final CaseViewRepository views;
    private final CaseViewUpdates updates;
    private final CaseViewAnnouncements announcements;
    /** A rebuild's views not yet written; touched only by the rebuild's one projecting thread. */
    private final HeldViews held;
    private final TransactionManager transactions;
    /** A rebuild's writer, from its first page to {@link #rebuilt()}. */
    private RebuildWrites writes;

    @Autowired
    CaseProjection(CaseViewRepository views, CaseViewUpdates updates, CaseViewAnnouncements announcements,
                   TransactionManager transactions) {
        this(views, updates, announcements, transactions, new HeldViews());
    }

    CaseProjection(CaseViewRepository views, CaseViewUpdates updates, CaseViewAnnouncements announcements,
                   TransactionManager transactions, HeldViews held) {
        this.views = views;
        this.updates = updates;
        this.announcements = announcements;
        this.transactions = transactions;
        this.held = held;
    }

    @Override
    public List<String> tables() {
        return List.of("query.case_view", "query.case_timeline");
    }

    /**
     * A rebuild loads the timeline ({@link CaseViewBatch#writesOntoEmptyTimeline()}). It loads views too, but a view
     * let go and read back is upserted, so the views keep their key.
     */
    @Override
    public List<String> loadedTables() {
        return List.of("query.case_timeline");
    }

    /**
     * Live, readers waiting for a version are woken once the batch has committed: this instance's at once, other
     * instances' by the batch's announcement. In a rebuild the timeline was emptied and this is its only writer, so
     * the page's timeline rows are loaded in bulk, and views are held to be written once ({@link HeldViews}); a
     * page's writes go on while the next page is folded, on a thread and in a transaction of their own
     * ({@link RebuildWrites}).
     */
    @Override
    public Runnable apply(List<? extends EventMessage<?>> events, Mode mode) {
        CaseViewBatch batch = mode == Mode.REBUILD ? new CaseViewBatch(views, casesIn(events), held)
                : new CaseViewBatch(views, casesIn(events));
        for (EventMessage<?> message : events) {
            UUID caseId = caseOf(message);
            if (caseId != null) {
                project(batch, caseId, (DomainEventMessage<?>) message);
            }
        }
        if (mode == Mode.REBUILD) {
            if (writes == null) {
                writes = new RebuildWrites(transactions);
            }
            writes.start(batch.writesOntoEmptyTimeline());
            return () -> { };
        }
        batch.write();
        Collection<UUID> changed = List.copyOf(batch.changedCases());
        announcements.announce(changed);
        return () -> changed.forEach(updates::changed);
    }

    /** Once every page is written, the views a rebuild held back are. */
    @Override
    public void rebuilt() {
        if (writes != null) {
            writes.finish();
            writes = null;
        }
        held.releaseAll().writeTo(views);
    }

    private static void project(CaseViewBatch batch, UUID caseId, DomainEventMessage<?> message) {
        long version = message.getSequenceNumber() + 1;
        CaseView current = batch.view(caseId);
        if (current != null && current.version() >= version) {
            return;
        }
        Object event = message.getPayload();
        CaseView next = CaseViewFold.apply(current, event, version);
        if (next == null) {
            return;
        }
        batch.changed(next, new CaseViewRepository.TimelineRow(caseId, message.getSequenceNumber(),
                new TimelineEntry(message.getTimestamp(), (String) message.getMetaData().get(MessageActor.ACTOR),
                        (String) message.getMetaData().get(MessageActor.ROLE),
                        message.getPayloadType().getSimpleName(), TimelineSentences.describe(event))));
    }

    /** The cases whose events {@code messages} are, each once. */
    static List<UUID> casesIn(List<? extends Message<?>> messages) {
        return messages.stream()
                .map(CaseProjection::caseOf)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The case an event belongs to, or null for events of other aggregates. */
    static UUID caseOf(Message<?> message) {
        return message instanceof DomainEventMessage<?> event && CASE_AGGREGATE.equals(event.getType())
                ? UUID.fromString(event.getAggregateIdentifier()) : null;
    }
}
