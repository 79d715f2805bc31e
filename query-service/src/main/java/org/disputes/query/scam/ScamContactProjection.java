package org.disputes.query.scam;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.disputes.api.scam.ScamContactConfirmed;
import org.disputes.api.scam.ScamContactDismissed;
import org.disputes.api.scam.ScamContactEvent;
import org.disputes.api.scam.ScamContactReferred;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.api.scam.ScamContactStatus;
import org.disputes.api.scam.ScamContactSuspected;
import org.disputes.api.scam.ScamContactTakenDown;
import org.disputes.api.scam.ScamTakedownRequested;
import org.disputes.platform.axon.MessageActor;
import org.disputes.query.projection.Projection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps scam contacts, their reports and their history (events of the {@code ScamContact} aggregate) as rows.
 * Idempotent: a redelivered event finds its rows written and changes nothing, so a rebuild writes them as the
 * processor does.
 */
@Component
public class ScamContactProjection implements Projection {

    private final ScamContactRepository contacts;

    ScamContactProjection(ScamContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<String> tables() {
        return List.of("query.scam_contact", "query.scam_report", "query.scam_contact_history");
    }

    @Override
    public Runnable apply(List<? extends EventMessage<?>> events, Mode mode) {
        for (EventMessage<?> message : events) {
            if (message instanceof DomainEventMessage<?> event && event.getPayload() instanceof ScamContactEvent fact) {
                record(fact, event);
            }
        }
        return () -> { };
    }

    /** Every contact event has its rows; one this projection does not know fails loudly rather than vanish. */
    void record(ScamContactEvent fact, DomainEventMessage<?> message) {
        if (fact instanceof ScamContactReported reported) {
            contacts.recordReport(reported, message.getSequenceNumber(), actor(message));
            history(fact, message);
        } else if (fact instanceof ScamContactSuspected suspected) {
            status(ScamContactStatus.SUSPECTED, suspected.suspectedAt(), fact, message);
        } else if (fact instanceof ScamContactConfirmed confirmed) {
            status(ScamContactStatus.CONFIRMED, confirmed.confirmedAt(), fact, message);
        } else if (fact instanceof ScamContactDismissed dismissed) {
            status(ScamContactStatus.DISMISSED, dismissed.dismissedAt(), fact, message);
        } else if (fact instanceof ScamTakedownRequested requested) {
            touched(requested.requestedAt(), fact, message);
        } else if (fact instanceof ScamContactTakenDown takenDown) {
            touched(takenDown.recordedAt(), fact, message);
        } else if (fact instanceof ScamContactReferred referred) {
            touched(referred.referredAt(), fact, message);
        } else {
            throw new IllegalArgumentException("ScamContactProjection does not handle " + fact.getClass().getName());
        }
    }

    private void status(ScamContactStatus status, Instant at, ScamContactEvent fact, DomainEventMessage<?> message) {
        contacts.changeStatus(message.getAggregateIdentifier(), status, at, message.getSequenceNumber());
        history(fact, message);
    }

    private void touched(Instant at, ScamContactEvent fact, DomainEventMessage<?> message) {
        contacts.touch(message.getAggregateIdentifier(), at, message.getSequenceNumber());
        history(fact, message);
    }

    private void history(ScamContactEvent fact, DomainEventMessage<?> message) {
        contacts.recordHistory(message.getAggregateIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                actor(message), (String) message.getMetaData().get(MessageActor.ROLE),
                message.getPayloadType().getSimpleName(), ScamSentences.describe(fact));
    }

    private static String actor(DomainEventMessage<?> message) {
        return (String) message.getMetaData().get(MessageActor.ACTOR);
    }
}
