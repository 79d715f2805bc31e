package org.disputes.api.adjudication;

/** Which people an escalated case waits for. */
public enum EscalationTier {
    TIER2, TIER3, FRAUD_REVIEW;

    /** The tier an overdue case is raised to (POLICY.md §5: TIER2 → TIER3); the others stay where they are. */
    public EscalationTier raised() {
        return this == TIER2 ? TIER3 : this;
    }
}
