package org.disputes.command.policy;

/**
 * What the policy does with a case. There is no {@code DENY}: an outcome adverse to the customer is never taken
 * by the machine alone (GDPR art. 22); only the escalation team denies.
 */
public enum Outcome {
    /** The response window is still open (INR-0, UT-0, NAD-0): nothing is decided, nothing is recorded. */
    PENDING,
    REFUND,
    ESCALATE
}
