package org.disputes.command.deadletters;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adjudication saga parks a case whose step fails instead of skipping the event (Axon's default): the failed step
 * is undone whole (no saga, no deadline is left of it), the case's later events wait behind it, every other case is
 * adjudicated, and an operator's retry once the cause is fixed carries the step out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class SagaParksTest {

    static final String GROUP = "AdjudicationSagaProcessor";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now();

    @Test
    void aFailingSagaStepParksItsCaseAndTheOthersAreAdjudicated() throws Exception {
        CaseId poisoned = CaseId.random();
        CaseId good = CaseId.random();
        PoisonedSagaSteps.poison(poisoned.toString());
        try {
            claim(poisoned);
            claim(good);
            decided(poisoned);

            // the other case is adjudicated: its saga runs, its window is set, proof is asked for
            Poll.until(() -> eventTypes(good), types -> types.contains("ProofRequested"), PATIENCE);
            assertThat(deadlinesOf(sagaOf(good))).isPositive();

            // the poisoned case waits, both its events parked in order, and nothing of the failed step is left
            JsonNode parked = Poll.until(() -> sequence(poisoned), p -> p != null && p.get("letters").asLong() == 2,
                    PATIENCE);
            assertThat(parked.get("eventType").asString()).isEqualTo("DeliveryClaimFiled");
            // every segment of the saga's processor has seen both events (each is handed to several): parked once
            long last = jdbc.sql("select max(global_index) from command.domain_event_entry"
                            + " where aggregate_identifier = ?")
                    .param(poisoned.toString()).query(Long.class).single();
            Poll.until(this::slowestSegment, position -> position >= last, PATIENCE);
            assertThat(jdbc.sql("select count(*) from command.dead_letter_entry where sequence_identifier = ?")
                    .param(poisoned.toString()).query(Long.class).single()).isEqualTo(2);
            assertThat(parked.get("cause").asString()).isEqualTo("The handler failed on this event.");
            assertThat(sagaOf(poisoned)).as("the failed step's saga was rolled back").isNull();
            assertThat(eventTypes(poisoned)).doesNotContain("ProofRequested");
            // the saga's segments first retry the failed batch (readiness DOWN), then park and go on
            Answer readiness = Poll.until(() -> send("GET", "/readyz", null),
                    a -> "DEGRADED".equals(a.body().path("status").asString()), PATIENCE);
            assertThat(readiness.status()).isEqualTo(503);

            // fixed, the operator's retry carries the parked steps out, in order
            PoisonedSagaSteps.heal(poisoned.toString());
            Answer retried = send("POST", "/api/dead-letters/" + GROUP + "/" + poisoned + "/retry", "ops");
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.body().get("resolved").asBoolean()).isTrue();
            assertThat(sequence(poisoned)).isNull();
            String saga = sagaOf(poisoned);
            assertThat(saga).as("the saga started on the retried claim").isNotNull();
            assertThat(deadlinesOf(saga)).as("its response window").isPositive();
            assertThat(Poll.until(() -> send("GET", "/readyz", null), a -> a.status() == 200, PATIENCE).status())
                    .isEqualTo(200);
        } finally {
            PoisonedSagaSteps.heal(poisoned.toString());
        }
    }

    @Test
    void onlyOperatorsSeeTheCommandSidesDeadLetters() throws Exception {
        assertThat(send("GET", "/api/dead-letters", "agent").status()).isEqualTo(403);
        assertThat(send("GET", "/api/dead-letters", null).status()).isEqualTo(401);
        Answer listing = send("GET", "/api/dead-letters", "ops");
        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.body().get("items").isArray()).isTrue();
        Answer unknown = send("DELETE", "/api/dead-letters/webhooks/" + CaseId.random(), "ops");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asString()).isEqualTo("DEAD_LETTER_NOT_FOUND");
    }

    // --- the history, appended as the case would record it

    private void claim(CaseId id) {
        Purchase purchase = new Purchase("IT-" + UUID.randomUUID(), "CUST-" + UUID.randomUUID(), "SELLER-7",
                "CARRIER-7", null, new Jurisdiction("FR"), Money.of("100.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "100.00")));
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", id.toString(), 0,
                new DeliveryClaimFiled(id, purchase, Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP,
                        now.minusSeconds(3600), "Never came.", now, now.plus(Duration.ofDays(3)))));
    }

    private void decided(CaseId id) {
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", id.toString(), 1,
                new CaseDecided(id, DecisionOutcome.DENY, null, null, "bop-2026.1", List.of("INR-1"),
                        List.of("Delivery is proved."), List.of(), List.of(), "policy", now, now.plus(Duration.ofDays(30)))));
    }

    private List<String> eventTypes(CaseId id) {
        return jdbc.sql("select payload_type from command.domain_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number")
                .param(id.toString()).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /** The position in the store of the saga processor's slowest segment. */
    private long slowestSegment() {
        return jdbc.sql("select convert_from(token, 'UTF8') from command.token_entry where processor_name = ?")
                .param(GROUP).query(String.class).list().stream()
                .mapToLong(token -> {
                    Matcher index = TOKEN_INDEX.matcher(token == null ? "" : token);
                    return index.find() ? Long.parseLong(index.group(1)) : -1;
                })
                .min().orElse(-1);
    }

    private String sagaOf(CaseId caseId) {
        return jdbc.sql("select distinct saga_id from command.association_value_entry where association_value = ?")
                .param(caseId.toString()).query(String.class).optional().orElse(null);
    }

    private long deadlinesOf(String saga) {
        return jdbc.sql("""
                        select count(*) from command.scheduled_tasks
                        where position(convert_to(?, 'UTF8') in task_data) > 0""")
                .param(saga).query(Long.class).single();
    }

    // --- over HTTP

    private JsonNode sequence(CaseId caseId) throws Exception {
        Answer listing = send("GET", "/api/dead-letters?group=" + GROUP, "ops");
        assertThat(listing.status()).isEqualTo(200);
        for (JsonNode item : listing.body().get("items")) {
            if (item.get("sequenceId").asString().equals(caseId.toString())) {
                return item;
            }
        }
        return null;
    }

    private Answer send(String method, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body);
    }

    record Answer(int status, JsonNode body) {
    }
}
