package org.disputes.api.scam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The contact was taken down at {@code at} (the number cut off, the domain suspended). */
public record RecordScamTakedown(@TargetAggregateIdentifier ScamContactId contactId, Instant at) {
}
