package org.disputes.api.fraud;

import org.disputes.api.CaseId;
import org.disputes.api.adjudication.Signal;

import java.time.Instant;

/** A fact on a courier's record: a case of theirs raised a signal (such as a code disclosed by phone). */
public record CourierFlagged(String courierId, CaseId caseId, Signal signal, Instant flaggedAt) implements CourierEvent {
}
