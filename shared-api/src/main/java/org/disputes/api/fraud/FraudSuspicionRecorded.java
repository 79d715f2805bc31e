package org.disputes.api.fraud;

import org.disputes.api.CaseId;

import java.time.Instant;

/** A fraud suspicion was put on a case's record. */
public record FraudSuspicionRecorded(CaseId caseId, boolean regulatorNotified, String note, Instant recordedAt) {
}
