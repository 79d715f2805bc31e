package org.disputes.api.scam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person of the escalation team finds the contact legitimate (the brand's real line, say), and says why. */
public record DismissScamContact(@TargetAggregateIdentifier ScamContactId contactId, String justification,
                                 String dismissedBy) {
}
