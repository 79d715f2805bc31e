package org.disputes.api.adjudication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

/** The customer appeals a denial. */
public record AppealDecision(@TargetAggregateIdentifier CaseId caseId, String reason) {
}
