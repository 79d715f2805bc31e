package org.disputes.command.policy;

import java.util.Objects;

/**
 * What one rule would do with the case, and the sentence that justifies it ({@code rationale}). Only the verdict
 * of the first rule that finds one becomes the decision, so its rationale is the only one a decision shows.
 */
public record Verdict(Outcome outcome, Tier tier, Recommendation recommendation, String rationale) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rationale, "rationale");
        if (outcome == Outcome.ESCALATE && tier == null) {
            throw new IllegalArgumentException("an escalation names its tier");
        }
    }

    public static Verdict refund(String rationale) {
        return new Verdict(Outcome.REFUND, null, null, rationale);
    }

    public static Verdict escalate(Tier tier, Recommendation recommendation, String rationale) {
        return new Verdict(Outcome.ESCALATE, tier, recommendation, rationale);
    }
}
