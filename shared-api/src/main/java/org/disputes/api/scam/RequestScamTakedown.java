package org.disputes.api.scam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A takedown of a confirmed contact was asked of its operator, registrar, host or brand. */
public record RequestScamTakedown(@TargetAggregateIdentifier ScamContactId contactId, String addressee,
                                  String reference) {
}
