package org.disputes.api.adjudication;

/** What the policy advises the people deciding an escalated case. */
public enum Recommendation {
    REFUND, DENY
}
