package org.disputes.api;

/** Where a case stands. Only a {@link #CLOSED} case refuses further evidence. */
public enum CaseStatus {
    OPEN, ESCALATED, REFUNDED, DENIED, APPEALED, CLOSED;

    public boolean acceptsEvidence() {
        return this != CLOSED;
    }
}
