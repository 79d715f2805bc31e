package org.disputes.command.policy;

/** What the policy advises the person who decides an escalated case. */
public enum Recommendation {
    REFUND, DENY
}
