package org.disputes.query.cases;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.disputes.platform.axon.MessageActor;
import org.springframework.stereotype.Component;

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
        UUID caseId = CaseViewBatches.caseOf(message);
        if (caseId == null) {
            return;
        }
        long version = message.getSequenceNumber() + 1;
        CaseViewBatch batch = batches.current();
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
