package org.disputes.api.scam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person of the escalation team confirms the contact is a scam, and says why. */
public record ConfirmScamContact(@TargetAggregateIdentifier ScamContactId contactId, String justification,
                                 String confirmedBy) {
}
