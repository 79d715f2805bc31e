package org.disputes.query.cases;

import org.disputes.api.Money;

import java.time.Instant;

/** A case as the case list shows it. */
public record CaseSummary(String caseId, String kind, String status, String orderId, String customerId, String sellerId,
                          String carrierId, String courierId, String jurisdiction, Money amount, Money claimedAmount,
                          Instant filedAt, Instant responseDueBy, String outcome, long version) {

    public static CaseSummary of(CaseView view) {
        return new CaseSummary(view.caseId(), view.kind().name(), view.status().name(), view.orderId(),
                view.customerId(), view.sellerId(), view.carrierId(), view.courierId(), view.jurisdiction(),
                view.amount(), view.claimedAmount(), view.filedAt(), view.responseDueBy(),
                view.decision() == null ? null : view.decision().outcome(), view.version());
    }
}
