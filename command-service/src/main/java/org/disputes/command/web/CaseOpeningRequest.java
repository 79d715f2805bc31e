package org.disputes.command.web;

import java.util.List;

/** The fields every request that opens a case carries: a delivery claim's and a dispute's alike. */
interface CaseOpeningRequest {
    String caseId();

    String orderId();

    String customerId();

    String sellerId();

    String carrierId();

    String courierId();

    String jurisdiction();

    MoneyRequest amount();

    List<TenderRequest> tenders();

    MoneyRequest claimedAmount();

    String statement();
}
