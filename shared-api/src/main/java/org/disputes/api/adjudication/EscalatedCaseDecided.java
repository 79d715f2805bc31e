package org.disputes.api.adjudication;

import org.disputes.api.CaseId;

import java.time.Instant;

/** A person decided an escalated case; a denial may be appealed until {@code appealDueBy}. */
public record EscalatedCaseDecided(CaseId caseId, DecisionOutcome outcome, String justification, String decidedBy,
                                   Instant decidedAt, Instant appealDueBy) {
}
