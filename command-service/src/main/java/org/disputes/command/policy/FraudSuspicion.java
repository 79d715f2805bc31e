package org.disputes.command.policy;

import java.time.Instant;
import java.util.Objects;

/** An agent recorded a fraud suspicion at {@code recordedAt}; PSD2 art. 73(1) needs the regulator told (UT-2). */
public record FraudSuspicion(boolean regulatorNotified, Instant recordedAt) {

    public FraudSuspicion {
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
