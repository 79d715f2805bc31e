package org.disputes.command.policy;

import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;

import java.util.Objects;

/**
 * What one rule would do with the case, and the reason that justifies it ({@code rationale}). Only the verdict
 * of the first rule that finds one becomes the decision, so its rationale is the only one a decision shows.
 */
public record Verdict(DecisionOutcome outcome, EscalationTier tier, Recommendation recommendation, Reason rationale) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rationale, "rationale");
        if (outcome == DecisionOutcome.DENY) {
            throw new IllegalArgumentException("no rule denies: an outcome adverse to the customer is a person's");
        }
        if (outcome == DecisionOutcome.ESCALATE && tier == null) {
            throw new IllegalArgumentException("an escalation names its tier");
        }
    }

    public static Verdict refund(Reason rationale) {
        return new Verdict(DecisionOutcome.REFUND, null, null, rationale);
    }

    public static Verdict escalate(EscalationTier tier, Recommendation recommendation, Reason rationale) {
        return new Verdict(DecisionOutcome.ESCALATE, tier, recommendation, rationale);
    }
}
