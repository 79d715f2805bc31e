package org.disputes.command.web;

import org.disputes.api.claim.DeliveryMethod;

import java.time.Instant;
import java.util.List;

/** The body of {@code POST /api/delivery-claims}. */
record DeliveryClaimRequest(
        String caseId,
        String orderId,
        String customerId,
        String sellerId,
        String carrierId,
        String courierId,
        String jurisdiction,
        DeliveryMethod deliveryMethod,
        MoneyRequest amount,
        List<TenderRequest> tenders,
        MoneyRequest claimedAmount,
        Instant carrierReportedDeliveredAt,
        String statement) implements CaseOpeningRequest {
}
