package org.disputes.query.cases;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.disputes.platform.axon.MessageActor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Keeps each case's view and timeline up to date from its events, a batch at a time (see {@link CaseViewBatches}).
 * Idempotent: an event the view already reflects (a redelivery after a crash) changes nothing.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    public static final String PROCESSING_GROUP = "case-views";

    private final CaseViewRepository views;
    private final CaseViewBatches batches;

    CaseProjection(CaseViewRepository views, CaseViewBatches batches) {
        this.views = views;
        this.batches = batches;
    }

    /** The aggregate type the command side stores a case's events under. */
    static final String CASE_AGGREGATE = "DisputeCase";

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        project(batches.current(), event, message);
    }

    /**
     * Projects a page of the event store's events at once, in the caller's transaction: the rebuild's way in, with
     * the same fold as the processor's batches, without a unit of work around each event. The rebuild emptied the
     * timeline and is its only writer, so the page's timeline rows are loaded in bulk.
     */
    public void projectPage(List<? extends EventMessage<?>> page) {
        CaseViewBatch batch = new CaseViewBatch(views, CaseViewBatches.casesIn(page));
        for (EventMessage<?> message : page) {
            if (message instanceof DomainEventMessage<?> event) {
                project(batch, event.getPayload(), event);
            }
        }
        batch.writeOntoEmptyTimeline();
    }

    private static void project(CaseViewBatch batch, Object event, DomainEventMessage<?> message) {
        UUID caseId = CaseViewBatches.caseOf(message);
        if (caseId == null) {
            return;
        }
        long version = message.getSequenceNumber() + 1;
        CaseView current = batch.view(caseId);
        if (current != null && current.version() >= version) {
            return;
        }
        CaseView next = CaseViewFold.apply(current, event, version);
        if (next == null) {
            return;
        }
        batch.changed(next, new CaseViewRepository.TimelineRow(caseId, message.getSequenceNumber(),
                new TimelineEntry(message.getTimestamp(), (String) message.getMetaData().get(MessageActor.ACTOR),
                        (String) message.getMetaData().get(MessageActor.ROLE),
                        message.getPayloadType().getSimpleName(), TimelineSentences.describe(event))));
    }

    @ResetHandler
    void forgetEverything() {
        views.clear();
    }
}
