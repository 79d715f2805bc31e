package org.disputes.query.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's "done when": an event the views cannot handle (a poison event) among good ones parks its case, in
 * order, while every other case's view is completed; the metric and readiness say so; once the handler is fixed, an
 * operator's retry over HTTP completes the view. Real PostgreSQL, real event store, real processor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
class DeadLettersTest {

    static final Instant T0 = Instant.parse("2030-05-01T09:00:00Z");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String GROUP = "case-views";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    MeterRegistry meters;

    private final Map<String, Long> nextSequence = new HashMap<>();

    @Test
    void aPoisonEventParksItsCaseAloneUntilAnOperatorRetriesItOnceFixed() throws Exception {
        String before = CaseId.random().toString();
        String poisoned = CaseId.random().toString();
        String after = CaseId.random().toString();
        PoisonedCases.poison(poisoned);
        try {
            claim(before);
            claim(poisoned);
            claim(after);
            decide(poisoned);
            decide(before);
            decide(after);

            // every other case's view is complete, in the same batches as the poison event
            for (String good : List.of(before, after)) {
                Answer view = Poll.until(() -> get("/api/cases/" + good, "agent"),
                        a -> a.status() == 200 && a.body().get("version").asLong() == 2, PATIENCE);
                assertThat(view.body().get("decision").get("outcome").asString()).isEqualTo("DENY");
            }
            // the poisoned case waits: its first event and the one behind it are parked, in order
            JsonNode parked = Poll.until(() -> sequence(poisoned), p -> p != null && p.get("letters").asLong() == 2,
                    PATIENCE);
            assertThat(get("/api/cases/" + poisoned, "agent").status()).isEqualTo(404);
            assertThat(parked.get("group").asString()).isEqualTo(GROUP);
            assertThat(parked.get("eventType").asString()).isEqualTo("DeliveryClaimFiled");
            assertThat(parked.get("eventId").asString()).isNotBlank();
            assertThat(Instant.parse(parked.get("parkedAt").asString())).isAfter(Instant.now().minusSeconds(120));
            assertThat(parked.get("cause").asString()).isEqualTo("The handler failed on this event.")
                    .doesNotContain("Exception", "Never came");

            // the metric and readiness show it
            assertThat(gauge()).isGreaterThanOrEqualTo(2);
            // the processor's segment first retries the failed batch (readiness DOWN), then parks and goes on
            Answer readiness = Poll.until(() -> get("/readyz", null),
                    a -> "DEGRADED".equals(a.body().path("status").asString()), PATIENCE);
            assertThat(readiness.status()).isEqualTo(503);

            // a retry before the fix changes nothing: the letters stay, the view still waits
            Answer early = post("/api/dead-letters/" + GROUP + "/" + poisoned + "/retry", "ops");
            assertThat(early.status()).isEqualTo(200);
            assertThat(early.body().get("resolved").asBoolean()).isFalse();
            assertThat(early.body().get("remaining").asLong()).isEqualTo(2);
            assertThat(get("/api/cases/" + poisoned, "agent").status()).isEqualTo(404);

            // fixed, a retry completes the view with both events
            PoisonedCases.heal(poisoned);
            Answer retried = post("/api/dead-letters/" + GROUP + "/" + poisoned + "/retry", "ops");
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.body().get("resolved").asBoolean()).isTrue();
            assertThat(retried.body().get("remaining").asLong()).isZero();
            Answer view = get("/api/cases/" + poisoned, "agent");
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.body().get("version").asLong()).isEqualTo(2);
            assertThat(view.body().get("decision").get("outcome").asString()).isEqualTo("DENY");
            assertThat(sequence(poisoned)).isNull();

            // the case is no longer parked: its next events are projected at once
            decideAgainLater(poisoned);
            Poll.until(() -> get("/api/cases/" + poisoned, "agent"),
                    a -> a.status() == 200 && a.body().get("version").asLong() == 3, PATIENCE);
            assertThat(sequence(poisoned)).isNull();
            assertThat(gauge()).isZero();
            Answer ready = Poll.until(() -> get("/readyz", null),
                    a -> "UP".equals(a.body().path("status").asString()), PATIENCE);
            assertThat(ready.status()).isEqualTo(200);
        } finally {
            PoisonedCases.heal(poisoned);
        }
    }

    @Test
    void anEvictedCaseIsDroppedFromTheQueue() throws Exception {
        String poisoned = CaseId.random().toString();
        PoisonedCases.poison(poisoned);
        try {
            claim(poisoned);
            Poll.until(() -> sequence(poisoned), p -> p != null, PATIENCE);
            Answer evicted = send("DELETE", "/api/dead-letters/" + GROUP + "/" + poisoned, "ops");
            assertThat(evicted.status()).isEqualTo(204);
            assertThat(sequence(poisoned)).isNull();
            assertThat(send("DELETE", "/api/dead-letters/" + GROUP + "/" + poisoned, "ops").status())
                    .isEqualTo(404);
        } finally {
            PoisonedCases.heal(poisoned);
        }
    }

    @Test
    void onlyOperatorsHandleDeadLettersAndBadInputIsAProblem() throws Exception {
        assertThat(get("/api/dead-letters", "agent").status()).isEqualTo(403);
        assertThat(get("/api/dead-letters", "auditor").status()).isEqualTo(403);
        assertThat(get("/api/dead-letters", null).status()).isEqualTo(401);
        assertThat(post("/api/dead-letters/" + GROUP + "/" + CaseId.random() + "/retry", "lead").status())
                .isEqualTo(403);
        assertThat(get("/api/dead-letters", "ops").status()).isEqualTo(200);

        Answer unknownGroup = get("/api/dead-letters?group=nothing", "ops");
        assertThat(unknownGroup.status()).isEqualTo(400);
        assertThat(unknownGroup.contentType()).startsWith("application/problem+json");
        assertThat(unknownGroup.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(unknownGroup.body().get("errors").get(0).get("field").asString()).isEqualTo("group");

        Answer badId = post("/api/dead-letters/" + GROUP + "/%3Cscript%3E/retry", "ops");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().get("errors").get(0).get("field").asString()).isEqualTo("sequenceId");

        Answer nothingParked = post("/api/dead-letters/" + GROUP + "/" + CaseId.random() + "/retry", "ops");
        assertThat(nothingParked.status()).isEqualTo(404);
        assertThat(nothingParked.contentType()).startsWith("application/problem+json");
        assertThat(nothingParked.body().get("code").asString()).isEqualTo("DEAD_LETTER_NOT_FOUND");
        assertThat(send("DELETE", "/api/dead-letters/nothing/" + CaseId.random(), "ops").status()).isEqualTo(404);
    }

    // --- the history, appended as the command side appends it

    private void claim(String caseId) {
        CaseId id = CaseId.of(caseId);
        Purchase purchase = new Purchase("IT-" + UUID.randomUUID(), "CUST-" + UUID.randomUUID(), "SELLER-1",
                "CARRIER-1", "COURIER-DL", new Jurisdiction("FR"), Money.of("100.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "100.00")));
        append(caseId, "agent", new DeliveryClaimFiled(id, purchase, Money.of("100.00", "EUR"),
                DeliveryMethod.SECURE_OTP, T0.minusSeconds(3600), "Never came.", T0, T0.plus(Duration.ofDays(3))));
    }

    private void decide(String caseId) {
        append(caseId, "policy", new CaseDecided(CaseId.of(caseId), DecisionOutcome.DENY, null, null, "bop-2026.1",
                List.of("INR-1"), List.of("Delivery is proved."), List.of(), List.of(), "policy",
                T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(33))));
    }

    private void decideAgainLater(String caseId) {
        append(caseId, "policy", new CaseDecided(CaseId.of(caseId), DecisionOutcome.DENY, null, null, "bop-2026.1",
                List.of("INR-1"), List.of("Delivery is proved."), List.of(), List.of(), "policy",
                T0.plus(Duration.ofDays(4)), T0.plus(Duration.ofDays(34))));
    }

    private void append(String caseId, String actor, Object event) {
        long sequence = nextSequence.merge(caseId, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", caseId, sequence, event,
                MetaData.with("actor", actor)));
    }

    // --- reading over HTTP

    /** The listing's entry for a case, or null when none of its events waits. */
    private JsonNode sequence(String caseId) throws Exception {
        Answer listing = get("/api/dead-letters?group=" + GROUP, "ops");
        assertThat(listing.status()).isEqualTo(200);
        for (JsonNode item : listing.body().get("items")) {
            if (item.get("sequenceId").asString().equals(caseId)) {
                return item;
            }
        }
        return null;
    }

    private double gauge() {
        Gauge gauge = meters.find("disputes.dead.letters").tag("group", GROUP).tag("service", "query-service")
                .gauge();
        assertThat(gauge).as("the dead letters' gauge").isNotNull();
        return gauge.value();
    }

    private Answer get(String path, String user) throws Exception {
        return send("GET", path, user);
    }

    private Answer post(String path, String user) throws Exception {
        return send("POST", path, user);
    }

    private Answer send(String method, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
    }

    record Answer(int status, String contentType, JsonNode body) {
    }
}
