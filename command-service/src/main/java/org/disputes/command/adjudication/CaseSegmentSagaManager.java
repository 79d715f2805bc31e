package org.disputes.command.adjudication;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.modelling.saga.AnnotatedSagaManager;
import org.axonframework.modelling.saga.AssociationValue;
import org.disputes.api.CaseEvent;

import java.util.Set;

/**
 * A saga manager that hands a case's events to the one segment its case belongs to.
 * <p>
 * Axon's own hands every event a saga handles to every segment of the processor, and each segment then asks the
 * saga store which sagas the case has, only to drop those of other segments: with eight segments, seven transactions
 * (a store lookup, a token update, a commit) an event for nothing. Here the case's association value alone picks
 * the segment (the one Axon already starts the case's saga in), so the other segments skip the event as they skip
 * events the saga does not handle at all.
 * <p>
 * A saga therefore belongs to the segment of its association value, not of its identifier: the sagas found for an
 * event delivered here are this segment's, whatever their ids. That holds for sagas started before (Axon gave them
 * ids of their association's segment) and stays true if segments are ever split or merged. It asks of the saga that
 * every event it handles carries exactly the one association value its saga was started with, as the adjudication's
 * case id is.
 * <p>
 * A case's stored event names its case twice, in its payload and as its aggregate's identifier (only the case
 * applies case events): the segment is picked by the identifier, so the seven other segments' threads pass over the
 * event without reading its payload.
 */
public final class CaseSegmentSagaManager<T> extends AnnotatedSagaManager<T> {

    public CaseSegmentSagaManager(Builder<T> builder) {
        super(builder);
    }

    /**
     * An event whose case cannot be read (its payload does not deserialize, and it is not a stored case event) is
     * taken by every segment, as Axon's own manager would: handling it then fails inside the processor's interceptors,
     * which park it as a dead letter, where failing here would stop the processor on it. A stored case event with
     * such a payload goes to its case's segment alone and fails there.
     */
    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        if (!super.canHandle(event, segment)) {
            return false;
        }
        try {
            return belongsTo(event, segment);
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        if (belongsTo(event, segment)) {
            super.handle(event, segment);
        }
    }

    /** The sagas of an event's case are the segment's that the event was routed to. */
    @Override
    protected boolean matchesSegment(Segment segment, String sagaId) {
        return true;
    }

    private boolean belongsTo(EventMessage<?> event, Segment segment) {
        return associationValues(event).stream().anyMatch(segment::matches);
    }

    private Set<AssociationValue> associationValues(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> stored
                && CaseEvent.class.isAssignableFrom(stored.getPayloadType())) {
            return Set.of(new AssociationValue(AdjudicationSaga.CASE_ID, stored.getAggregateIdentifier()));
        }
        return extractAssociationValues(event);
    }
}
