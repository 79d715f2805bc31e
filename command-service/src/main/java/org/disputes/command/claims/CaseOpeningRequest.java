package org.disputes.command.claims;

import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The fields every request that opens a case carries, a delivery claim's and a dispute's alike, and what they
 * become. The conversions assume a request of the declared shape ({@link org.disputes.command.web.RequestShape}).
 */
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

    /** The case id the client chose, or a new one. */
    default CaseId caseIdOrNew(Supplier<UUID> ids) {
        return caseId() == null ? new CaseId(ids.get()) : CaseId.parse(caseId()).orElseThrow();
    }

    default Purchase purchase() {
        return new Purchase(orderId(), customerId(), sellerId(), carrierId(), courierId(),
                new Jurisdiction(jurisdiction()), amount().money(),
                tenders().stream().map(TenderRequest::tender).toList());
    }

    default Money claimed() {
        return claimedAmount() == null ? null : claimedAmount().money();
    }
}
