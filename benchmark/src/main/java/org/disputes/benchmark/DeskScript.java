package org.disputes.benchmark;

import java.util.List;
import java.util.UUID;

/**
 * The refund desk's commands on one case, in order: the agent files a delivery claim, the carrier adds its code
 * confirmation and a GPS scan, the agent the customer's call log. The saga decides the case when its window closes.
 */
final class DeskScript {

    /** Each step's name, as the benchmark prints it beside its latency, in the script's order. */
    static final List<String> STEP_NAMES = List.of("claim", "code confirmation", "GPS scan", "call log");
    /** Commands a case gets. */
    static final int STEPS = STEP_NAMES.size();
    static final String AGENT = Requests.basic("agent", "agent-demo");
    private static final String CARRIER = Requests.basic("carrier", "carrier-demo");

    /** A command as sent over HTTP, and the status that means it was accepted. */
    record Command(String path, String authorization, String body, int accepted) {
    }

    private DeskScript() {
    }

    /** The case's command number {@code step} (0 to {@link #STEPS} - 1). */
    static Command step(int step, UUID caseId) {
        String evidence = "/api/cases/" + caseId + "/evidence";
        return switch (step) {
            case 0 -> new Command("/api/delivery-claims", AGENT, Requests.claim(caseId), 201);
            case 1 -> new Command(evidence, CARRIER, Requests.codeConfirmation(), 202);
            case 2 -> new Command(evidence, CARRIER, Requests.gpsScan(), 202);
            case 3 -> new Command(evidence, AGENT, Requests.callLog(), 202);
            default -> throw new IllegalArgumentException("a case has " + STEPS + " commands, not step " + step);
        };
    }
}
