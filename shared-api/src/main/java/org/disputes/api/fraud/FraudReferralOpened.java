package org.disputes.api.fraud;

import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.List;

/** A fraud referral was opened for a courier, naming the cases that formed the pattern. */
public record FraudReferralOpened(String courierId, String referralId, List<CaseId> caseIds, Instant openedAt) implements CourierEvent {
}
