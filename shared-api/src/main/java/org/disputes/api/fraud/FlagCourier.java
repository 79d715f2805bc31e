package org.disputes.api.fraud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.Signal;

/** Put a signal raised on one of a courier's cases on the courier's record. */
public record FlagCourier(@TargetAggregateIdentifier String courierId, CaseId caseId, Signal signal) {
}
