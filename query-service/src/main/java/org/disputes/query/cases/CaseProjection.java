package org.disputes.query.cases;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.disputes.platform.axon.MessageActor;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps each case's view and timeline up to date from its events. Idempotent: an event the view already
 * reflects (a redelivery after a crash) changes nothing.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    public static final String PROCESSING_GROUP = "case-views";

    private final CaseViewRepository views;
    private final CaseViewUpdates updates;

    public CaseProjection(CaseViewRepository views, CaseViewUpdates updates) {
        this.views = views;
        this.updates = updates;
    }

    /** The aggregate type the command side stores a case's events under. */
    static final String CASE_AGGREGATE = "DisputeCase";

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!CASE_AGGREGATE.equals(message.getType())) {
            return;
        }
        UUID caseId = UUID.fromString(message.getAggregateIdentifier());
        long version = message.getSequenceNumber() + 1;
        CaseView current = views.find(caseId).orElse(null);
        if (current != null && current.version() >= version) {
            return;
        }
        CaseView next = CaseViewFold.apply(current, event, version);
        if (next == null) {
            return;
        }
        views.save(next);
        views.appendTimeline(caseId, message.getSequenceNumber(), new TimelineEntry(message.getTimestamp(),
                (String) message.getMetaData().get(MessageActor.ACTOR),
                (String) message.getMetaData().get(MessageActor.ROLE),
                message.getPayloadType().getSimpleName(), TimelineSentences.describe(event)));
        CurrentUnitOfWork.ifStarted(unit -> unit.afterCommit(u -> updates.changed(caseId)));
    }

    @ResetHandler
    void forgetEverything() {
        views.clear();
    }
}
