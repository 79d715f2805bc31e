package org.disputes.api.claim;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.Purchase;

import java.time.Instant;

/** A customer dispute was opened; {@code responseDueBy} is when the policy decides if nobody else has. */
public record CustomerDisputeOpened(
        CaseId caseId,
        Purchase purchase,
        Money claimedAmount,
        DisputeReason reason,
        Instant transactionAt,
        Instant deliveredAt,
        @PersonalData String statement,
        Instant filedAt,
        Instant responseDueBy) implements CaseEvent {
}
