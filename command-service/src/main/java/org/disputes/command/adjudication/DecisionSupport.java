package org.disputes.command.adjudication;

import org.disputes.api.CaseId;

import java.time.Instant;

/**
 * What the policy needs to know beyond one case: the claimant's other non-receipt claims in the repeat-claimant
 * period, and the courier's flagged or refunded non-receipt cases in the courier-pattern period, each counted
 * back from {@code at} and leaving {@code except} out.
 */
public interface DecisionSupport {

    int otherNonReceiptClaims(String customerId, CaseId except, Instant at);

    int courierPatternCases(String courierId, CaseId except, Instant at);
}
