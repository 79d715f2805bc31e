package org.disputes.command.policy;

/** Which escalation queue a case goes to. The policy escalates to TIER2 or FRAUD_REVIEW; TIER3 is an SLA breach. */
public enum Tier {
    TIER2, TIER3, FRAUD_REVIEW
}
