package org.disputes.api.adjudication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

/** The case's deadline fell: decide it by the burden-of-proof policy. A decided case ignores it. */
public record DecideCase(@TargetAggregateIdentifier CaseId caseId) {
}
