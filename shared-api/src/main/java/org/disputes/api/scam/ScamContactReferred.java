package org.disputes.api.scam;

import java.time.Instant;

/** The contact was referred to law enforcement ({@code agency}, their {@code reference}). */
public record ScamContactReferred(ScamContactId contactId, String agency, String reference, Instant referredAt)
        implements ScamContactEvent {
}
