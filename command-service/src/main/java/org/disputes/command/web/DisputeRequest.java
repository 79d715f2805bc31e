package org.disputes.command.web;

import org.disputes.api.claim.DisputeReason;

import java.time.Instant;
import java.util.List;

/** The body of {@code POST /api/disputes}. */
record DisputeRequest(
        String caseId,
        String orderId,
        String customerId,
        String sellerId,
        String carrierId,
        String courierId,
        String jurisdiction,
        DisputeReason reason,
        MoneyRequest amount,
        List<TenderRequest> tenders,
        MoneyRequest claimedAmount,
        Instant transactionAt,
        Instant deliveredAt,
        String statement) implements CaseOpeningRequest {
}
