package org.disputes.api.adjudication;

import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.time.Instant;

/** People did not decide within the escalation SLA: the breach is recorded and the case raised a tier. */
public record EscalationOverdue(CaseId caseId, EscalationTier from, EscalationTier to, Instant missedDueBy,
                                Instant dueBy, Instant recordedAt) implements CaseEvent {
}
