package org.disputes.command.policy;

import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entry point: decides a case by the burden-of-proof rules {@value PolicyVersion#CURRENT}.
 *
 * <p>Every rule of the case's kind is evaluated, never stopping at the first: the first verdict decides the outcome,
 * and the facts of every rule with a verdict become reasons, so a person reviewing a fraud case still reads what the
 * burden rule found. Stateless and thread-safe.
 */
public final class BurdenOfProofPolicy {

    private final EvidenceWeigher weigher;

    public BurdenOfProofPolicy() {
        this(new EvidenceWeigher());
    }

    public BurdenOfProofPolicy(EvidenceWeigher weigher) {
        this.weigher = weigher;
    }

    /**
     * The decision when the response window closes, on the evidence received by then (the seller gets its whole
     * window; what arrives later counts only if the case is weighed again). Before the window closes: pending, by
     * INR-0, UT-0 or NAD-0.
     */
    public Decision decide(CaseFacts facts, PolicyTerms terms) {
        Rulebook rulebook = Rulebook.forKind(facts.kind());
        CaseAssessment assessment = CaseAssessment.of(facts, terms, facts.responseDueBy(), weigher);
        if (facts.decidedAt().isBefore(facts.responseDueBy())) {
            return Decision.pending(rulebook.waitingRule(), rulebook.waitingReason(facts.responseDueBy()),
                    assessment.weighing().items());
        }
        Evaluation evaluation = evaluate(rulebook, assessment);
        Verdict verdict = evaluation.verdict();
        SignalDetector.Raised raised = SignalDetector.detect(assessment, verdict.outcome());
        List<Reason> reasons = new ArrayList<>(evaluation.facts());
        reasons.add(verdict.rationale());
        reasons.addAll(raised.reasons());
        RefundSplit refund = verdict.outcome() == DecisionOutcome.REFUND
                ? RefundSplit.of(facts.claimed(), facts.tenders()) : null;
        return new Decision(verdict.outcome(), verdict.tier(), verdict.recommendation(), PolicyVersion.CURRENT,
                List.of(evaluation.rule()), reasons, raised.signals(), assessment.weighing().items(), refund);
    }

    /**
     * Weighs an {@code ESCALATED} or {@code APPEALED} case again on all the evidence received by
     * {@code facts.decidedAt()} (POLICY.md §3, §5). The case stays with a person: the outcome is always ESCALATE, and
     * what the rules would do becomes the recommendation (a refund they would make: REFUND). The tier is the one the
     * rules call for; a case already raised to TIER3 keeps its tier, which is the case's business. On a REFUNDED or
     * DENIED case evidence decides nothing: do not call this.
     */
    public Decision reweigh(CaseFacts facts, PolicyTerms terms) {
        CaseAssessment assessment = CaseAssessment.of(facts, terms, facts.decidedAt(), weigher);
        Evaluation evaluation = evaluate(Rulebook.forKind(facts.kind()), assessment);
        Verdict verdict = evaluation.verdict();
        boolean refund = verdict.outcome() == DecisionOutcome.REFUND;
        Recommendation recommendation = refund ? Recommendation.REFUND : verdict.recommendation();
        List<Reason> reasons = new ArrayList<>(evaluation.facts());
        if (!refund) {
            reasons.add(verdict.rationale());
        }
        reasons.add(reweighed(facts.decidedAt(), recommendation));
        SignalDetector.Raised raised = SignalDetector.detect(assessment, DecisionOutcome.ESCALATE);
        reasons.addAll(raised.reasons());
        return new Decision(DecisionOutcome.ESCALATE, refund ? EscalationTier.TIER2 : verdict.tier(), recommendation,
                PolicyVersion.CURRENT, List.of(evaluation.rule()), reasons, raised.signals(),
                assessment.weighing().items(), null);
    }

    private static Evaluation evaluate(Rulebook rulebook, CaseAssessment assessment) {
        String rule = null;
        Verdict verdict = null;
        Set<Reason> facts = new LinkedHashSet<>();
        for (Rule candidate : rulebook.rules()) {
            Finding finding = candidate.evaluate(assessment);
            if (!finding.decides()) {
                continue;
            }
            if (verdict == null) {
                rule = candidate.id();
                verdict = finding.verdict().orElseThrow();
            }
            facts.addAll(finding.reasons());
        }
        if (verdict == null) {
            throw new IllegalStateException("no rule of " + rulebook.kind() + " decided: the rulebook has a gap");
        }
        return new Evaluation(rule, verdict, List.copyOf(facts));
    }

    private static Reason reweighed(Instant at, Recommendation recommendation) {
        ReasonCode advice = recommendation == null ? ReasonCode.REWEIGHED_NO_RECOMMENDATION
                : recommendation == Recommendation.REFUND ? ReasonCode.REWEIGHED_RECOMMENDS_REFUND
                : ReasonCode.REWEIGHED_RECOMMENDS_DENIAL;
        return Reason.of(advice, "at", at);
    }

    private record Evaluation(String rule, Verdict verdict, List<Reason> facts) {
    }
}
