package org.disputes.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.Purchase;

import java.time.Instant;

/**
 * A customer disputes a payment ({@code UNAUTHORIZED_TRANSACTION}) or the goods ({@code NOT_AS_DESCRIBED}, which
 * needs {@code deliveredAt}: the presumption period runs from it).
 */
public record OpenCustomerDispute(
        @TargetAggregateIdentifier CaseId caseId,
        Purchase purchase,
        Money claimedAmount,
        DisputeReason reason,
        Instant transactionAt,
        Instant deliveredAt,
        String statement) {
}
