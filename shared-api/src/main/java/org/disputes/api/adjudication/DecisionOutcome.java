package org.disputes.api.adjudication;

/** What a decision does with a case. The policy refunds or escalates; only a person denies. */
public enum DecisionOutcome {
    REFUND, ESCALATE, DENY
}
