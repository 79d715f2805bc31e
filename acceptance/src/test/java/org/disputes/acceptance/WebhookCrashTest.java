package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivering service killed outright (SIGKILL) in the middle of a burst of 200 webhook events, and started
 * again: every event still reaches the receiver, at least once, none missing, each correctly signed.
 */
class WebhookCrashTest {

    static final int CASES = 100;
    static final List<String> TYPES = List.of("case.opened", "proof.requested");

    @BeforeAll
    static void start() throws Exception {
        RunningSystem.get();
    }

    @Test
    void everyEventOfABurstIsDeliveredAfterTheServiceIsKilledMidway() throws Exception {
        // a slow receiver (150 ms an answer, four at a time) makes the burst last long enough to be cut
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> 200, Duration.ofMillis(150))) {
            String seller = WebhooksTest.uniqueSeller();
            WebhooksTest.Subscribed subscription = WebhooksTest.subscribe(receiver, TYPES, seller);

            ExecutorService agents = Executors.newFixedThreadPool(4);
            List<Callable<String>> filings = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                filings.add(() -> Steps.file(WebhooksTest.claimAgainst(seller)));
            }
            Set<String> cases = new HashSet<>();
            for (Future<String> filed : agents.invokeAll(filings)) {
                cases.add(filed.get());
            }
            agents.shutdown();
            assertThat(cases).hasSize(CASES);

            Poll.until(() -> distinct(receiver).size(), n -> n >= 30, Duration.ofSeconds(60));
            int beforeTheCrash = distinct(receiver).size();
            RunningSystem.get().crashAndRestartCommands();
            assertThat(beforeTheCrash).as("the kill came in the middle of the burst").isBetween(30, 2 * CASES - 1);

            Set<String> delivered = Poll.until(() -> distinct(receiver), got -> got.size() >= 2 * CASES,
                    Duration.ofSeconds(120));
            assertThat(delivered).hasSize(2 * CASES);
            Set<String> expected = new HashSet<>();
            for (String caseId : cases) {
                for (String type : TYPES) {
                    expected.add(caseId + " " + type);
                }
            }
            assertThat(delivered).isEqualTo(expected);
            for (WebhookReceiver.Received delivery : receiver.accepted()) {
                assertThat(SignatureRecipe.verify(delivery.signature(), delivery.body(), subscription.secret(),
                        Instant.now())).isTrue();
            }
            // in order per case, repeats included: a case's proof request never came before its opening
            for (String caseId : cases) {
                List<String> types = receiver.acceptedFor(caseId).stream().map(WebhookReceiver.Received::type)
                        .toList();
                assertThat(types.indexOf("case.opened")).as(caseId + " " + types)
                        .isLessThan(types.indexOf("proof.requested"));
            }
        }
    }

    /** Each case's event types the receiver accepted, repeats counted once. */
    private static Set<String> distinct(WebhookReceiver receiver) {
        Set<String> seen = new HashSet<>();
        receiver.accepted().forEach(r -> seen.add(r.caseId() + " " + r.type()));
        return seen;
    }
}
