package org.disputes.api.scam;

import java.time.Instant;

/** The contact was taken down at {@code takenDownAt}; recorded at {@code recordedAt}. */
public record ScamContactTakenDown(ScamContactId contactId, Instant takenDownAt, Instant recordedAt)
        implements ScamContactEvent {
}
