package org.disputes.api.claim;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.Purchase;

import java.time.Instant;

/** A delivery claim was filed; the seller now carries the burden of proving delivery until {@code responseDueBy}. */
public record DeliveryClaimFiled(
        CaseId caseId,
        Purchase purchase,
        Money claimedAmount,
        DeliveryMethod deliveryMethod,
        Instant carrierReportedDeliveredAt,
        @PersonalData String statement,
        Instant filedAt,
        Instant responseDueBy) implements CaseEvent {
}
