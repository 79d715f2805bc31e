package org.disputes.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.Purchase;

import java.time.Instant;

/**
 * A customer says a parcel never reached them. {@code claimedAmount} is what they say is missing (null: all of
 * it); {@code carrierReportedDeliveredAt} is the carrier's own "delivered" status, an assertion and not proof.
 */
public record FileDeliveryClaim(
        @TargetAggregateIdentifier CaseId caseId,
        Purchase purchase,
        Money claimedAmount,
        DeliveryMethod deliveryMethod,
        Instant carrierReportedDeliveredAt,
        String statement) {
}
