package org.disputes.api.fraud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

/** An agent suspects fraud on a case, and says whether the regulator was told. */
public record RecordFraudSuspicion(@TargetAggregateIdentifier CaseId caseId, boolean regulatorNotified, String note) {
}
