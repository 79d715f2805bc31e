package org.disputes.command.policy;

/** The version of the rules in this package; every decision names it so a regulator knows which rules applied. */
public final class PolicyVersion {

    public static final String CURRENT = "bop-2026.1";

    private PolicyVersion() {
    }
}
