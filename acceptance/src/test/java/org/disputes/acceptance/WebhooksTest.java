package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end (API.md "Webhooks (OPERATOR)"): the command service as a process of its own sends what
 * happens to cases to real HTTP receivers run by this test, signed, retried and in order per case. Each story
 * files its cases against a seller of its own and subscribes to that seller only, so stories never see each
 * other's cases.
 */
class WebhooksTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final List<String> LIFE_OF_A_REFUND = List.of("case.opened", "proof.requested", "case.decided",
            "refund.issued");
    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void aClaimDecidedAndRefundedReachesTheReceiverSignedAndInOrder() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering200()) {
            String seller = uniqueSeller();
            Subscribed subscription = subscribe(receiver, LIFE_OF_A_REFUND, seller);

            String caseId = Steps.file(claimAgainst(seller));
            List<WebhookReceiver.Received> got = Poll.until(() -> receiver.acceptedFor(caseId),
                    r -> r.size() >= 4, PATIENCE);

            assertThat(got).extracting(WebhookReceiver.Received::type).containsExactlyElementsOf(LIFE_OF_A_REFUND);
            for (WebhookReceiver.Received delivery : got) {
                assertThat(delivery.webhookId()).isEqualTo(subscription.id());
                assertThat(SignatureRecipe.signatureCount(delivery.signature())).isEqualTo(1);
                assertThat(SignatureRecipe.verify(delivery.signature(), delivery.body(), subscription.secret(),
                        Instant.now())).as(delivery.signature()).isTrue();
                assertThat(SignatureRecipe.verify(delivery.signature(), delivery.body() + " ",
                        subscription.secret(), Instant.now())).isFalse();
                assertThat(delivery.json().path("caseId").asString()).isEqualTo(caseId);
                assertThat(delivery.json().path("createdAt").asString()).isNotEmpty();
            }
            assertThat(got).extracting(r -> r.json().path("caseVersion").asLong()).isSorted()
                    .doesNotHaveDuplicates();
            assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(4);
            JsonNode opened = got.get(0).json().path("data");
            assertThat(opened.path("sellerId").asString()).isEqualTo(seller);
            assertThat(opened.has("statement")).as("the customer's statement stays home").isFalse();
            JsonNode decided = got.get(2).json().path("data");
            assertThat(decided.path("outcome").asString()).isEqualTo("REFUND");
            JsonNode refund = got.get(3).json().path("data");
            assertThat(refund.at("/total/value").asString()).isEqualTo("1229.00");
            assertThat(tenders(refund)).containsExactly("CARD 1000.00 EUR", "GIFT_CARD 229.00 EUR");

            // the receiver may have its answer before the service has recorded the last delivery as made
            JsonNode log = Poll.until(() -> deliveries(subscription.id(), "DELIVERED"), l -> l.size() >= 4, PATIENCE);
            assertThat(log).hasSize(4);
            assertThat(log.get(0).at("/log/0/statusCode").asInt()).isEqualTo(200);
            assertThat(log.get(0).at("/log/0/durationMs").isNumber()).isTrue();
        }
    }

    @Test
    void aReceiverAnswering500ThreeTimesGetsEachEventOnceMoreAndThenNeverAgain() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> n <= 3 ? 500 : 200, Duration.ZERO)) {
            String seller = uniqueSeller();
            Subscribed subscription = subscribe(receiver, List.of("case.opened", "proof.requested"), seller);

            String first = Steps.file(claimAgainst(seller));
            Poll.until(() -> receiver.acceptedFor(first), r -> r.size() >= 2, PATIENCE);
            // time passes: a second case's events are delivered after the first's, several retry periods later
            String second = Steps.file(claimAgainst(seller));
            Poll.until(() -> receiver.acceptedFor(second), r -> r.size() >= 2, PATIENCE);

            Map<String, List<Integer>> answersByEvent = receiver.received().stream()
                    .filter(r -> r.caseId().equals(first))
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::type, LinkedHashMap::new,
                            Collectors.mapping(WebhookReceiver.Received::answeredWith, Collectors.toList())));
            // in order per case: the opening is tried until it succeeds, the proof request only after it
            assertThat(answersByEvent).containsExactly(Map.entry("case.opened", List.of(500, 500, 500, 200)),
                    Map.entry("proof.requested", List.of(200)));
            assertThat(receiver.received().stream().filter(r -> r.caseId().equals(second))
                    .map(WebhookReceiver.Received::answeredWith)).containsExactly(200, 200);
            // each event under one id, however often it was tried
            assertThat(receiver.received().stream().filter(r -> r.type().equals("case.opened")
                    && r.caseId().equals(first)).map(WebhookReceiver.Received::id).distinct()).hasSize(1);

            JsonNode opened = findDelivery(deliveries(subscription.id(), null), first, "case.opened");
            assertThat(opened.path("status").asString()).isEqualTo("DELIVERED");
            assertThat(opened.path("attempts").asInt()).isEqualTo(4);
            List<Integer> codes = new ArrayList<>();
            opened.path("log").forEach(attempt -> codes.add(attempt.path("statusCode").asInt()));
            assertThat(codes).containsExactly(500, 500, 500, 200);
            assertThat(opened.at("/log/0/answer").asString()).isEqualTo("{\"answer\": 500}");
            assertThat(receiver.requestCount()).isEqualTo(3 + 2 + 2);
        }
    }

    @Test
    void aReceiverDownForAWhileGetsEverythingItMissedInOrderPerCase() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering200()) {
            String seller = uniqueSeller();
            Subscribed subscription = subscribe(receiver, LIFE_OF_A_REFUND, seller);
            receiver.down();

            List<String> cases = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                cases.add(Steps.file(claimAgainst(seller)));
            }
            // the receiver was tried while down, and the cases were decided meanwhile
            JsonNode failing = Poll.until(() -> deliveries(subscription.id(), "PENDING"),
                    log -> hasFailedAttempt(log) && countWhere(log, "refund.issued") == 3, PATIENCE);
            assertThat(hasFailedAttempt(failing)).as(failing.toString()).isTrue();
            assertThat(receiver.requestCount()).isZero();

            receiver.up();
            for (String caseId : cases) {
                List<WebhookReceiver.Received> got = Poll.until(() -> receiver.acceptedFor(caseId),
                        r -> r.size() >= 4, PATIENCE);
                assertThat(got).extracting(WebhookReceiver.Received::type)
                        .containsExactlyElementsOf(LIFE_OF_A_REFUND);
            }
            assertThat(receiver.accepted()).hasSize(12);
        }
    }

    @Test
    void aSellersSubscriptionReceivesOnlyThatSellersCases() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering200();
             WebhookReceiver everything = WebhookReceiver.answering200()) {
            String mine = uniqueSeller();
            String theirs = uniqueSeller();
            subscribe(receiver, List.of("case.opened"), mine);
            Subscribed marker = subscribe(everything, List.of("case.opened"), theirs);

            String theirCase = Steps.file(claimAgainst(theirs));
            String myCase = Steps.file(claimAgainst(mine));

            Poll.until(() -> receiver.acceptedFor(myCase), r -> !r.isEmpty(), PATIENCE);
            // deliveries of an event are queued for every subscription at once: once the other seller's
            // subscription has its delivery, this one's turn for that event has passed
            Poll.until(() -> everything.acceptedFor(theirCase), r -> !r.isEmpty(), PATIENCE);
            assertThat(deliveries(marker.id(), null)).hasSize(1);
            assertThat(receiver.accepted()).extracting(WebhookReceiver.Received::caseId).containsExactly(myCase);
        }
    }

    @Test
    void aRotationSignsWithBothSecretsForTheOverlapThenWithTheNewOneOnly() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering200()) {
            String seller = uniqueSeller();
            Subscribed subscription = subscribe(receiver, List.of("case.opened"), seller);

            Api.Response rotated = system.commands().post("/api/webhooks/" + subscription.id() + "/rotate-secret",
                    "ops", "");
            assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
            String newSecret = rotated.at("/secret");
            assertThat(newSecret).isNotEqualTo(subscription.secret());
            Instant overlapEnds = Instant.parse(rotated.at("/previousSecretValidUntil"));

            String during = Steps.file(claimAgainst(seller));
            WebhookReceiver.Received signedTwice = Poll.until(() -> receiver.acceptedFor(during),
                    r -> !r.isEmpty(), PATIENCE).get(0);
            assertThat(signedTwice.at()).isBefore(overlapEnds);
            assertThat(SignatureRecipe.signatureCount(signedTwice.signature())).isEqualTo(2);
            assertThat(SignatureRecipe.verify(signedTwice.signature(), signedTwice.body(), newSecret,
                    Instant.now())).isTrue();
            assertThat(SignatureRecipe.verify(signedTwice.signature(), signedTwice.body(), subscription.secret(),
                    Instant.now())).isTrue();

            // the overlap ends (RunningSystem configures it short): the subscription says so
            JsonNode after = Poll.until(() -> system.commands().get("/api/webhooks/" + subscription.id(), "ops")
                    .body(), view -> !view.has("previousSecretValidUntil"), PATIENCE);
            assertThat(after.has("previousSecretValidUntil")).isFalse();

            String later = Steps.file(claimAgainst(seller));
            WebhookReceiver.Received signedOnce = Poll.until(() -> receiver.acceptedFor(later),
                    r -> !r.isEmpty(), PATIENCE).get(0);
            assertThat(SignatureRecipe.signatureCount(signedOnce.signature())).isEqualTo(1);
            assertThat(SignatureRecipe.verify(signedOnce.signature(), signedOnce.body(), newSecret,
                    Instant.now())).isTrue();
            assertThat(SignatureRecipe.verify(signedOnce.signature(), signedOnce.body(), subscription.secret(),
                    Instant.now())).isFalse();
        }
    }

    @Test
    void aDeliveryNeverAcceptedFailsStaysInTheLogAndIsRedeliveredByHand() throws Exception {
        AtomicBoolean fixed = new AtomicBoolean();
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> fixed.get() ? 200 : 503, Duration.ZERO)) {
            String seller = uniqueSeller();
            Subscribed subscription = subscribe(receiver, List.of("case.opened"), seller);
            String caseId = Steps.file(claimAgainst(seller));

            // retried until its period ends (RunningSystem: 30 s instead of 72 h), then FAILED
            JsonNode failed = Poll.until(() -> deliveries(subscription.id(), "FAILED"), log -> log.size() == 1,
                    Duration.ofSeconds(90));
            assertThat(failed).hasSize(1);
            JsonNode delivery = failed.get(0);
            int attempts = delivery.path("attempts").asInt();
            assertThat(attempts).isGreaterThan(3);
            assertThat(delivery.path("log")).hasSize(attempts);
            delivery.path("log").forEach(attempt -> assertThat(attempt.path("statusCode").asInt()).isEqualTo(503));
            assertThat(receiver.requestCount()).isEqualTo(attempts);
            assertThat(system.commands().get("/api/webhooks/" + subscription.id(), "ops").at("/deliveries/failed"))
                    .isEqualTo("1");

            fixed.set(true);
            Api.Response again = system.commands().post("/api/webhooks/deliveries/"
                    + delivery.path("deliveryId").asString() + "/redeliver", "ops", "");
            assertThat(again.status()).as(again.text()).isEqualTo(202);
            List<WebhookReceiver.Received> got = Poll.until(() -> receiver.acceptedFor(caseId), r -> !r.isEmpty(),
                    PATIENCE);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).id()).isEqualTo(receiver.received().get(0).id());
            JsonNode delivered = Poll.until(() -> deliveries(subscription.id(), "DELIVERED"), log -> log.size() == 1,
                    PATIENCE);
            assertThat(delivered.get(0).path("attempts").asInt()).isEqualTo(attempts + 1);
            assertThat(system.commands().post("/api/webhooks/deliveries/" + UUID.randomUUID() + "/redeliver",
                    "ops", "").status()).isEqualTo(404);
        }
    }

    @Test
    void aReceiverThatNeverAnswersInTimeDelaysNoOtherSubscription() throws Exception {
        try (WebhookReceiver stuck = WebhookReceiver.start(n -> 200, Duration.ofSeconds(7));
             WebhookReceiver prompt = WebhookReceiver.answering200()) {
            String seller = uniqueSeller();
            Subscribed slow = subscribe(stuck, List.of("case.opened", "proof.requested"), seller);
            subscribe(prompt, List.of("case.opened", "proof.requested"), seller);

            List<String> cases = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                cases.add(Steps.file(claimAgainst(seller)));
            }
            List<WebhookReceiver.Received> got = Poll.until(prompt::accepted, r -> r.size() >= 12, PATIENCE);
            assertThat(got).hasSize(12);
            assertThat(got.stream().map(WebhookReceiver.Received::caseId).distinct()).hasSameElementsAs(cases);
            // the stuck receiver was tried meanwhile, and every attempt ran out of time
            JsonNode timedOut = Poll.until(() -> deliveries(slow.id(), "PENDING"), log -> hasFailedAttempt(log),
                    PATIENCE);
            assertThat(timedOut.toString()).contains("no answer within PT5S");
            assertThat(system.commands().delete("/api/webhooks/" + slow.id(), "ops").status()).isEqualTo(204);
        }
    }

    // --- helpers

    record Subscribed(String id, String secret) {
    }

    static Subscribed subscribe(WebhookReceiver receiver, List<String> events, String seller) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", receiver.url());
        body.put("events", events);
        body.put("sellerId", seller);
        body.put("description", "test receiver");
        // the shared system, not this class's field: other classes call these helpers without this class's set-up
        Api.Response created = RunningSystem.get().commands().post("/api/webhooks", "ops", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.at("/secret")).isNotBlank();
        return new Subscribed(created.at("/webhookId"), created.at("/secret"));
    }

    static JsonNode deliveries(String webhookId, String status) throws Exception {
        Api.Response log = RunningSystem.get().commands().get("/api/webhooks/" + webhookId + "/deliveries"
                + (status == null ? "" : "?status=" + status), "ops");
        assertThat(log.status()).as(log.text()).isEqualTo(200);
        return log.body();
    }

    private static JsonNode findDelivery(JsonNode log, String caseId, String type) {
        for (JsonNode delivery : log) {
            if (delivery.path("caseId").asString().equals(caseId) && delivery.path("type").asString().equals(type)) {
                return delivery;
            }
        }
        throw new AssertionError("no " + type + " delivery of " + caseId + " in " + log);
    }

    private static boolean hasFailedAttempt(JsonNode log) {
        for (JsonNode delivery : log) {
            for (JsonNode attempt : delivery.path("log")) {
                if (attempt.hasNonNull("error")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long countWhere(JsonNode log, String type) {
        long n = 0;
        for (JsonNode delivery : log) {
            if (delivery.path("type").asString().equals(type)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> tenders(JsonNode refund) {
        List<String> tenders = new ArrayList<>();
        refund.path("tenders").forEach(t -> tenders.add(t.path("method").asString() + " "
                + t.at("/amount/value").asString() + " " + t.at("/amount/currency").asString()));
        return tenders;
    }

    static String uniqueSeller() {
        return "SELLER-WH-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> claimAgainst(String seller) {
        Map<String, Object> claim = Stories.deliveryClaim(Stories.uniqueCustomer());
        claim.put("sellerId", seller);
        return claim;
    }
}
