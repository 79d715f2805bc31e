package org.disputes.api.adjudication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

/** Ask the side that carries the burden of proof for its proof. Sent by the adjudication when a case opens. */
public record RequestProof(@TargetAggregateIdentifier CaseId caseId) {
}
