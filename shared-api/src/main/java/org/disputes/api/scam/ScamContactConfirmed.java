package org.disputes.api.scam;

import java.time.Instant;

/** The contact was confirmed as a scam by a person, with their justification. */
public record ScamContactConfirmed(ScamContactId contactId, String justification, String confirmedBy,
                                   Instant confirmedAt) implements ScamContactEvent {
}
