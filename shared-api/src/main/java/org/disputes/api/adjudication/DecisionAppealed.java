package org.disputes.api.adjudication;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.time.Instant;

/** A denial was appealed: the case returns to the escalation queue, to be decided by {@code escalationDueBy}. */
public record DecisionAppealed(CaseId caseId, @PersonalData String reason, EscalationTier tier, Instant appealedAt,
                               Instant escalationDueBy) implements CaseEvent {
}
