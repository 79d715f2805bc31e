package org.disputes.api.claim;

import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.time.Instant;

/** A case was closed for good (nothing left to appeal); it accepts no further evidence. */
public record CaseClosed(CaseId caseId, String reason, Instant closedAt) implements CaseEvent {
}
