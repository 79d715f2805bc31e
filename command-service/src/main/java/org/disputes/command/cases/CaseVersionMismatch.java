package org.disputes.command.cases;

/**
 * A command sent with an expected version ({@code If-Match}) found the case at another: someone changed it
 * since the sender last saw it. Nothing is recorded.
 */
public class CaseVersionMismatch extends RuntimeException {

    private final long expected;
    private final long actual;

    public CaseVersionMismatch(String caseId, long expected, long actual) {
        super("Case " + caseId + " is at version " + actual + ", not " + expected
                + "; read it again and decide once more.", null, false, false);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
