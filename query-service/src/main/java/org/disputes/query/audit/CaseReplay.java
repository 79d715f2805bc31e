package org.disputes.query.audit;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.disputes.query.cases.CaseView;
import org.disputes.query.cases.CaseViewFold;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case as it stood at an instant: its stored events up to then, folded by the very function that keeps the live
 * view, so the past and the present can never be told differently.
 */
@Component
class CaseReplay {

    private final Serializer events;

    CaseReplay(@Qualifier("eventSerializer") Serializer events) {
        this.events = events;
    }

    /** Empty when the case had no events yet at {@code asOf}. */
    Optional<CaseView> asOf(List<StoredEvent> history, Instant asOf) {
        CaseView view = null;
        for (StoredEvent stored : history) {
            if (Instant.parse(stored.timestamp()).isAfter(asOf)) {
                break;
            }
            Object event;
            try {
                event = events.deserialize(new SimpleSerializedObject<>(stored.payload(), byte[].class,
                        stored.payloadType(), stored.payloadRevision()));
            } catch (RuntimeException unreadable) {
                throw new UnreadableHistory(stored.sequence());
            }
            view = CaseViewFold.apply(view, event, stored.sequence() + 1);
        }
        return Optional.ofNullable(view);
    }

    /** A stored event that can no longer be read: the history was damaged (verify says how). */
    static final class UnreadableHistory extends RuntimeException {
        private final long sequence;

        UnreadableHistory(long sequence) {
            super("event " + sequence + " cannot be read", null, false, false);
            this.sequence = sequence;
        }

        long sequence() {
            return sequence;
        }
    }
}
