package org.disputes.api.scam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A confirmed contact was referred to a law-enforcement agency, under the agency's reference. */
public record ReferScamContact(@TargetAggregateIdentifier ScamContactId contactId, String agency, String reference) {
}
