package org.disputes.command.cases;

import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.EvidenceWeight;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.command.policy.Decision;
import org.disputes.command.policy.Signal;
import org.disputes.command.policy.WeighedEvidence;

import java.time.Instant;
import java.util.List;

/** Records what the policy decided in the events of the shared language. */
final class Verdicts {

    static final String POLICY = "policy";
    /** Metadata naming the policy version a decision was taken under, for the audit trail. */
    static final String POLICY_VERSION = "policyVersion";

    private Verdicts() {
    }

    static CaseDecided decided(CaseId caseId, Decision decision, Instant now, Instant escalationDueBy) {
        DecisionOutcome outcome = DecisionOutcome.valueOf(decision.outcome().name());
        return new CaseDecided(caseId, outcome,
                decision.tier() == null ? null : EscalationTier.valueOf(decision.tier().name()),
                recommendation(decision), decision.policyVersion(), decision.rules(), decision.reasons(),
                weights(decision.evidence()), decision.signals().stream().map(Signal::name).toList(), POLICY, now,
                outcome == DecisionOutcome.ESCALATE ? escalationDueBy : null);
    }

    static RecommendationUpdated reweighed(CaseId caseId, Decision decision, Instant now) {
        return new RecommendationUpdated(caseId, recommendation(decision), decision.policyVersion(),
                decision.rules(), decision.reasons(), weights(decision.evidence()), now);
    }

    static MetaData underPolicy(Decision decision) {
        return MetaData.with(POLICY_VERSION, decision.policyVersion());
    }

    private static Recommendation recommendation(Decision decision) {
        return decision.recommendation() == null ? null : Recommendation.valueOf(decision.recommendation().name());
    }

    private static List<EvidenceWeight> weights(List<WeighedEvidence> evidence) {
        return evidence.stream().map(item -> new EvidenceWeight(item.evidenceId(), item.weight().name(),
                item.points(), item.explanation())).toList();
    }
}
