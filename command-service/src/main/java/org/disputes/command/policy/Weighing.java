package org.disputes.command.policy;

import java.util.List;

/**
 * Every evidence item of a case with its weight, in the order given, and the clauses that show the one-time code
 * was given away remotely (empty when it was not): the ground for 
 * {@link org.disputes.api.adjudication.Signal#OTP_REMOTE_DISCLOSURE}.
 */
public record Weighing(List<WeighedEvidence> items, List<Reason> otpDisclosures) {

    public Weighing {
        items = List.copyOf(items);
        otpDisclosures = List.copyOf(otpDisclosures);
    }

    public boolean otpDisclosedRemotely() {
        return !otpDisclosures.isEmpty();
    }
}
