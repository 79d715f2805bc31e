package org.disputes.command.adjudication;

import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EvidenceWeight;
import org.disputes.api.adjudication.ReasonDetail;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.command.policy.Decision;
import org.disputes.command.policy.Reason;
import org.disputes.command.policy.WeighedEvidence;

import java.time.Instant;
import java.util.List;

/** Records what the policy decided in the events of the shared language. */
public final class Verdicts {

    public static final String POLICY = "policy";
    /** Metadata naming the policy version a decision was taken under, for the audit trail. */
    public static final String POLICY_VERSION = "policyVersion";

    private Verdicts() {
    }

    public static CaseDecided decided(CaseId caseId, Decision decision, Instant now, Instant escalationDueBy) {
        return new CaseDecided(caseId, decision.outcome(), decision.tier(), decision.recommendation(),
                decision.policyVersion(), decision.rules(), decision.reasons(), weights(decision.evidence()),
                decision.signals(), POLICY, now, decision.outcome() == DecisionOutcome.ESCALATE ? escalationDueBy : null,
                details(decision));
    }

    public static RecommendationUpdated reweighed(CaseId caseId, Decision decision, Instant now) {
        return new RecommendationUpdated(caseId, decision.recommendation(), decision.policyVersion(),
                decision.rules(), decision.reasons(), weights(decision.evidence()), now, details(decision));
    }

    public static MetaData underPolicy(Decision decision) {
        return MetaData.with(POLICY_VERSION, decision.policyVersion());
    }

    /** The reasons as data, recorded beside the sentences rendered from them. */
    private static List<ReasonDetail> details(Decision decision) {
        return decision.reasonDetails().stream().map(Reason::detail).toList();
    }

    private static List<EvidenceWeight> weights(List<WeighedEvidence> evidence) {
        return evidence.stream().map(item -> new EvidenceWeight(item.evidenceId(), item.weight().name(),
                item.points(), item.explanation())).toList();
    }
}
