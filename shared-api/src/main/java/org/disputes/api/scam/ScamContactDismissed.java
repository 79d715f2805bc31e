package org.disputes.api.scam;

import java.time.Instant;

/** The contact was found legitimate by a person: later reports still count, but it is never exported. */
public record ScamContactDismissed(ScamContactId contactId, String justification, String dismissedBy,
                                   Instant dismissedAt) implements ScamContactEvent {
}
