package org.disputes.api.adjudication;

import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.List;

/**
 * The policy decided a case: the outcome, the rules that fired, the reasons in words a regulator accepts, what
 * each evidence item counted for, the signals raised, and, for an escalation, when people must have decided it.
 * {@code reasonDetails} are the same reasons as data, one for each sentence of {@code reasons}, in the same order;
 * histories recorded before they existed have none.
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
        List<Signal> signals,
        String decidedBy,
        Instant decidedAt,
        Instant escalationDueBy,
        List<ReasonDetail> reasonDetails) implements CaseEvent {

    public CaseDecided {
        reasonDetails = reasonDetails == null ? List.of() : List.copyOf(reasonDetails);
    }

    /** A decision without its reasons as data, as recorded before they existed. */
    public CaseDecided(CaseId caseId, DecisionOutcome outcome, EscalationTier tier, Recommendation recommendation,
                       String policyVersion, List<String> rules, List<String> reasons,
                       List<EvidenceWeight> weighedEvidence, List<Signal> signals, String decidedBy,
                       Instant decidedAt, Instant escalationDueBy) {
        this(caseId, outcome, tier, recommendation, policyVersion, rules, reasons, weighedEvidence, signals,
                decidedBy, decidedAt, escalationDueBy, List.of());
    }
}
