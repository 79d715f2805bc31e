package org.disputes.api.adjudication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

import java.time.Instant;

/** The escalation SLA that ended at {@code dueBy} passed; a case decided meanwhile, or due later, ignores it. */
public record MarkEscalationOverdue(@TargetAggregateIdentifier CaseId caseId, Instant dueBy) {
}
