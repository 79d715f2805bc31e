package org.disputes.command.policy;

import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.evidence.EvidenceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the policy decided and why, in terms a customer or a regulator can read.
 *
 * @param outcome        REFUND or ESCALATE (the machine never denies); null while the window is open: nothing is
 *                       decided yet, and {@link #isPending()} says so
 * @param tier           the escalation queue (TIER2 or FRAUD_REVIEW), null unless escalated
 * @param recommendation what the policy advises the person who decides, or null (no recommendation)
 * @param policyVersion  {@link PolicyVersion#CURRENT}
 * @param rules          the rule that decided the outcome: the first of its kind's rules to find a verdict
 * @param reasonDetails  the reasons, as codes with their arguments: the facts every rule with a verdict relied on
 *                       (each evidence item named with what it counted for), then why the outcome follows, then the
 *                       signals; {@link #reasons()} words them in English
 * @param signals        raised beside the outcome
 * @param evidence       every evidence item with its weight
 * @param refund         the refund over the tenders when the outcome is REFUND, else null
 */
public record Decision(DecisionOutcome outcome, EscalationTier tier, Recommendation recommendation, String policyVersion,
                       List<String> rules, List<Reason> reasonDetails, List<Signal> signals,
                       List<WeighedEvidence> evidence, RefundSplit refund) {

    public Decision {
        if (outcome == DecisionOutcome.DENY) {
            throw new IllegalArgumentException("the machine never denies: only the escalation team does");
        }
        Objects.requireNonNull(policyVersion, "policyVersion");
        rules = List.copyOf(rules);
        reasonDetails = List.copyOf(reasonDetails);
        signals = List.copyOf(signals);
        evidence = List.copyOf(evidence);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a decision names the rule that decided it");
        }
        if ((outcome == DecisionOutcome.ESCALATE) != (tier != null)) {
            throw new IllegalArgumentException("an escalation, and only an escalation, names a tier");
        }
        if ((outcome == DecisionOutcome.REFUND) != (refund != null)) {
            throw new IllegalArgumentException("a refund, and only a refund, carries its split over the tenders");
        }
    }

    static Decision pending(String rule, Reason reason, List<WeighedEvidence> evidence) {
        return new Decision(null, null, null, PolicyVersion.CURRENT, List.of(rule), List.of(reason),
                List.of(), evidence, null);
    }

    /** The reasons in English, one sentence for each of {@link #reasonDetails()}, rendered from it. */
    public List<String> reasons() {
        return reasonDetails.stream().map(Reason::english).toList();
    }

    /** True while the response window is open: nothing is decided and nothing is to be recorded. */
    public boolean isPending() {
        return outcome == null;
    }

    /** The id of the rule that decided, e.g. "INR-2". */
    public String rule() {
        return rules.get(0);
    }

    public Optional<WeighedEvidence> weighed(EvidenceId evidenceId) {
        return evidence.stream().filter(item -> item.evidenceId().equals(evidenceId)).findFirst();
    }
}
