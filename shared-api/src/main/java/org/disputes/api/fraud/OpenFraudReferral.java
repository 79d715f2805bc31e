package org.disputes.api.fraud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

import java.util.List;

/** A courier's cases form a pattern: refer the courier for fraud, once per pattern, not once per case. */
public record OpenFraudReferral(@TargetAggregateIdentifier String courierId, List<CaseId> caseIds) {
}
