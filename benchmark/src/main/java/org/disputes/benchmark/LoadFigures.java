package org.disputes.benchmark;

import java.time.Duration;

/** What a phase of the load measured. */
record LoadFigures(Duration measured, long commands, long claims, Latency commandLatency, StepLatency byStep,
                   Latency projectionLag, Latency decisionVisible, long decisionsNotSeen, long decidedBeforeLastStep,
                   Failures failures,
                   CpuAccount.Used cpu) {

    double commandsPerSecond() {
        return commands / (measured.toNanos() / 1e9);
    }

    double claimsPerSecond() {
        return claims / (measured.toNanos() / 1e9);
    }

    /** False when commands or probes failed, or decisions were not seen: the figures are then worthless. */
    boolean clean() {
        return failures.none() && decisionsNotSeen == 0;
    }
}
