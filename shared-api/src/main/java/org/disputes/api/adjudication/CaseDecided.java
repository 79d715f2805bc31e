package org.disputes.api.adjudication;

import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.List;

/**
 * The policy decided a case: the outcome, the rules that fired, the reasons in words a regulator accepts, what
 * each evidence item counted for, the signals raised, and, for an escalation, when people must have decided it.
 */
public record CaseDecided(
        CaseId caseId,
        DecisionOutcome outcome,
        EscalationTier tier,
        Recommendation recommendation,
        String policyVersion,
        List<String> rules,
        List<String> reasons,
        List<EvidenceWeight> weighedEvidence,
        List<String> signals,
        String decidedBy,
        Instant decidedAt,
        Instant escalationDueBy) {
}
