package org.disputes.api.scam;

import java.time.Instant;

/** A takedown of the contact was requested from {@code addressee}, under their {@code reference}. */
public record ScamTakedownRequested(ScamContactId contactId, String addressee, String reference,
                                    Instant requestedAt) implements ScamContactEvent {
}
