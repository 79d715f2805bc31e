package org.disputes.api.adjudication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

/** The escalation team decides an escalated or appealed case, REFUND or DENY, with a written justification. */
public record DecideEscalatedCase(@TargetAggregateIdentifier CaseId caseId, DecisionOutcome outcome,
                                  String justification, String decidedBy) {
}
