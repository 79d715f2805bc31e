package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the policy decided and why, in terms a customer or a regulator can read.
 *
 * @param outcome        PENDING while the window is open, else REFUND or ESCALATE (the machine never denies)
 * @param tier           the escalation queue (TIER2 or FRAUD_REVIEW), null unless escalated
 * @param recommendation what the policy advises the person who decides, or null (no recommendation)
 * @param policyVersion  {@link PolicyVersion#CURRENT}
 * @param rules          the rule that decided the outcome: the first of its kind's rules to find a verdict
 * @param reasons        sentences: the facts every rule with a verdict relied on (each evidence item named with what
 *                       it counted for), then why the outcome follows, then the signals
 * @param signals        raised beside the outcome
 * @param evidence       every evidence item with its weight
 * @param refund         the refund over the tenders when the outcome is REFUND, else null
 */
public record Decision(Outcome outcome, Tier tier, Recommendation recommendation, String policyVersion,
                       List<String> rules, List<String> reasons, List<Signal> signals,
                       List<WeighedEvidence> evidence, RefundSplit refund) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(policyVersion, "policyVersion");
        rules = List.copyOf(rules);
        reasons = List.copyOf(reasons);
        signals = List.copyOf(signals);
        evidence = List.copyOf(evidence);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a decision names the rule that decided it");
        }
        if ((outcome == Outcome.ESCALATE) != (tier != null)) {
            throw new IllegalArgumentException("an escalation, and only an escalation, names a tier");
        }
        if ((outcome == Outcome.REFUND) != (refund != null)) {
            throw new IllegalArgumentException("a refund, and only a refund, carries its split over the tenders");
        }
    }

    static Decision pending(String rule, String reason, List<WeighedEvidence> evidence) {
        return new Decision(Outcome.PENDING, null, null, PolicyVersion.CURRENT, List.of(rule), List.of(reason),
                List.of(), evidence, null);
    }

    /** True while the response window is open: nothing is decided and nothing is to be recorded. */
    public boolean isPending() {
        return outcome == Outcome.PENDING;
    }

    /** The id of the rule that decided, e.g. "INR-2". */
    public String rule() {
        return rules.get(0);
    }

    public Optional<WeighedEvidence> weighed(EvidenceId evidenceId) {
        return evidence.stream().filter(item -> item.evidenceId().equals(evidenceId)).findFirst();
    }
}
