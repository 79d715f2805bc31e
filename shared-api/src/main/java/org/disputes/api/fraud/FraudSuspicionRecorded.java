package org.disputes.api.fraud;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.time.Instant;

/** A fraud suspicion was put on a case's record. */
public record FraudSuspicionRecorded(CaseId caseId, boolean regulatorNotified, @PersonalData String note, Instant recordedAt) implements CaseEvent {
}
