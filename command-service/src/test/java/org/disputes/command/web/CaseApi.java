package org.disputes.command.web;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.claim.CaseClosed;
import org.disputes.testsupport.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command service as a client sees it, for tests over real HTTP: API.md's demo users, cases filed and brought
 * into the states a test needs, and what the event store holds. States the adjudication would take days to reach
 * (escalated, denied) are appended to the store directly, as the case itself would have recorded them, once the
 * adjudication has asked for proof (the case's second event) so that nothing else writes to the case meanwhile.
 */
final class CaseApi {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String CLAIM = """
            {"orderId": "IT-403-2291", "customerId": "%s", "sellerId": "%s", "carrierId": "%s",
             "courierId": "COURIER-19", "jurisdiction": "FR", "deliveryMethod": "SECURE_OTP",
             "amount": {"value": "1229.00", "currency": "EUR"},
             "tenders": [{"method": "CARD", "amount": "1000.00"}, {"method": "GIFT_CARD", "amount": "229.00"}],
             "carrierReportedDeliveredAt": "2024-06-25T15:40:00Z", "statement": "Never came."}""";
    static final String DISPUTE = """
            {"orderId": "IT-1", "customerId": "%s", "sellerId": "%s", "jurisdiction": "DE",
             "reason": "NOT_AS_DESCRIBED", "amount": {"value": "300.00", "currency": "EUR"},
             "tenders": [{"method": "CARD", "amount": "300.00"}], "transactionAt": "2026-01-02T10:00:00Z",
             "deliveredAt": "2026-01-05T10:00:00Z"}""";
    static final String EVIDENCE = """
            {"party": "%s", "type": "OTP_CONFIRMATION", "capturedAt": "2024-06-25T15:39:10Z",
             "sha256": "%s", "uri": "https://evidence.example/abc", "attributes": {"channel": "IN_PERSON"}}""";
    static final String FRAUD = """
            {"regulatorNotified": true, "note": "The customer was called by someone posing as the carrier."}""";
    static final String DECISION = """
            {"outcome": "DENY", "justification": "The signed delivery slip and the photo prove the handover."}""";
    static final String APPEAL = """
            {"reason": "The signature on the slip is not mine."}""";

    static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final Function<String, String> credentials;

    /** Signs in with HTTP Basic as API.md's demo users. */
    CaseApi(int port, JdbcClient jdbc, EventStore eventStore) {
        this(port, jdbc, eventStore, DemoUsers::basic);
    }

    /** Signs in with the {@code Authorization} header {@code credentials} gives for a user name. */
    CaseApi(int port, JdbcClient jdbc, EventStore eventStore, Function<String, String> credentials) {
        this.port = port;
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.credentials = credentials;
    }

    // ------------------------------------------------------------------ HTTP

    /** A POST as one of the users ({@code null}: without credentials), with extra headers. */
    Answer post(String path, String body, String user, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", credentials.apply(user));
        }
        headers.forEach(request::header);
        return send(request);
    }

    Answer post(String path, String body, String user) throws Exception {
        return post(path, body, user, Map.of());
    }

    Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("WWW-Authenticate").orElse(null), body, response.body());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String evidence(String party) {
        return EVIDENCE.formatted(party, SHA);
    }

    // ------------------------------------------------------------------ cases in a state

    /** Files a delivery claim against these parties, as the agent; does not wait for the adjudication. */
    String fileClaim(String sellerId, String carrierId) throws Exception {
        Answer filed = post("/api/delivery-claims", CLAIM.formatted(customer(), sellerId, carrierId), "agent");
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.body().get("caseId").asString();
    }

    /**
     * A claim the saga has asked for proof of, with the carrier's evidence accepted: version 3, and in this instance's
     * memory since that evidence.
     */
    String caseWithCarrierEvidence() throws Exception {
        String caseId = fileClaim("SELLER-1", "CARRIER-1");
        awaitProofRequested(List.of(caseId));
        Answer evidence = post("/api/cases/" + caseId + "/evidence", evidence("CARRIER"), "agent");
        assertThat(evidence.status()).as(evidence.text()).isEqualTo(202);
        return caseId;
    }

    /** Closes a case at version 3 as another instance would: its event reaches the store, not this instance. */
    void closeElsewhere(String caseId) {
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", caseId, 3,
                new CaseClosed(CaseId.of(caseId), "withdrawn by the customer", Instant.now())));
    }

    /** Files a customer dispute (no carrier) against this seller, as the agent; does not wait either. */
    String fileDispute(String sellerId) throws Exception {
        Answer filed = post("/api/disputes", DISPUTE.formatted(customer(), sellerId), "agent");
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.body().get("caseId").asString();
    }

    /** Waits until the adjudication has asked for proof on each case: from then on only the test writes to it. */
    void awaitProofRequested(Collection<String> caseIds) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (caseIds.stream().anyMatch(id -> eventsOf(id) < 2) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        caseIds.forEach(id -> assertThat(eventsOf(id)).as("events of case " + id).isEqualTo(2));
    }

    /** The policy escalated the case (its third event, version 3): it waits for the escalation team. */
    void escalate(String caseId) {
        Instant now = Instant.now();
        append(caseId, 2, new CaseDecided(CaseId.of(caseId), DecisionOutcome.ESCALATE, EscalationTier.TIER2,
                Recommendation.DENY, "bop-2026.1", java.util.List.of("INR-4"),
                java.util.List.of("Delivery is proved; a person decides."), java.util.List.of(), java.util.List.of(),
                "policy", now, now.plus(Duration.ofDays(14))));
    }

    /** The escalation team denied the escalated case (version 4); the appeal window is open for 30 days. */
    void deny(String caseId) {
        Instant now = Instant.now();
        append(caseId, 3, new EscalatedCaseDecided(CaseId.of(caseId), DecisionOutcome.DENY,
                "The signed slip proves the handover to the customer.", "lead", now, now.plus(Duration.ofDays(30))));
    }

    private void append(String caseId, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", caseId, sequence, event));
    }

    // ------------------------------------------------------------------ what is stored

    long eventsOf(String caseId) {
        return jdbc.sql("select count(*) from command.domain_event_entry where aggregate_identifier = ?")
                .param(caseId).query(Long.class).single();
    }

    long eventsOf(String caseId, String type) {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where aggregate_identifier = ? and payload_type like ?""")
                .params(caseId, "%." + type).query(Long.class).single();
    }

    /** How many cases have been filed, in the whole store: what a refused filing must not change. */
    long filings() {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where payload_type like '%.DeliveryClaimFiled' or payload_type like '%.CustomerDisputeOpened'""")
                .query(Long.class).single();
    }

    private static String customer() {
        return "CUST-" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Answer(int status, String contentType, String etag, String challenge, JsonNode body, String text) {

        String code() {
            return body.has("code") ? body.get("code").asString() : null;
        }
    }
}
