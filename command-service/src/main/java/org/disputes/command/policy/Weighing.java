package org.disputes.command.policy;

import java.util.List;

/**
 * Every evidence item of a case with its weight, in the order given, and the sentences that show the one-time code
 * was given away remotely (empty when it was not): the ground for {@link Signal#OTP_REMOTE_DISCLOSURE}.
 */
public record Weighing(List<WeighedEvidence> items, List<String> otpDisclosures) {

    public Weighing {
        items = List.copyOf(items);
        otpDisclosures = List.copyOf(otpDisclosures);
    }

    public boolean otpDisclosedRemotely() {
        return !otpDisclosures.isEmpty();
    }
}
