package org.disputes.api.scam;

import java.time.Instant;

/** A rule found the contact suspect (rule {@code SCAM-1}: enough distinct customers within its period), and why. */
public record ScamContactSuspected(ScamContactId contactId, String rule, String reason, int customers,
                                   Instant suspectedAt) implements ScamContactEvent {
}
