package org.disputes.command.web;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.claim.CaseClosed;
import org.disputes.testsupport.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of invalid input is answered with a problem response naming what is wrong, and stores nothing.
 * The whole command service runs on a real PostgreSQL (this run's throwaway database), over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvalidInputTest {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String CLAIM = """
            {"orderId": "IT-403-2291", "customerId": "CUST-77", "sellerId": "SELLER-1", "carrierId": "CARRIER-1",
             "courierId": "COURIER-19", "jurisdiction": "FR", "deliveryMethod": "SECURE_OTP",
             "amount": {"value": "1229.00", "currency": "EUR"},
             "tenders": [{"method": "CARD", "amount": "1000.00"}, {"method": "GIFT_CARD", "amount": "229.00"}],
             "carrierReportedDeliveredAt": "2024-06-25T15:40:00Z", "statement": "Never came."}""";
    static final String EVIDENCE = """
            {"party": "CARRIER", "type": "OTP_CONFIRMATION", "capturedAt": "2024-06-25T15:39:10Z",
             "sha256": "%s", "uri": "https://evidence.example/abc", "attributes": {"channel": "IN_PERSON"}}"""
            .formatted(SHA);
    static final String DISPUTE = """
            {"orderId": "IT-1", "customerId": "CUST-77", "sellerId": "SELLER-1", "jurisdiction": "DE",
             "reason": "NOT_AS_DESCRIBED", "amount": {"value": "300.00", "currency": "EUR"},
             "tenders": [{"method": "CARD", "amount": "300.00"}], "transactionAt": "2026-01-02T10:00:00Z",
             "deliveredAt": "2026-01-05T10:00:00Z"}""";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;

    String caseId;
    String closedCaseId;

    @BeforeEach
    void aCaseToAddEvidenceTo() throws Exception {
        caseId = post("/api/delivery-claims", CLAIM).body().get("caseId").asString();
        closedCaseId = post("/api/delivery-claims", CLAIM).body().get("caseId").asString();
        // the adjudication asks for proof on its own: let it, so that what follows is all the test's doing
        awaitEvents(caseId, 2);
        awaitEvents(closedCaseId, 2);
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", closedCaseId, 2,
                new CaseClosed(CaseId.of(closedCaseId), "appeal window passed", Instant.now())));
    }

    private void awaitEvents(String aCase, long count) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (eventsOf(aCase) < count && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(20_000_000);
        }
        assertThat(eventsOf(aCase)).as("events of case " + aCase).isEqualTo(count);
    }

    private long eventsOf(String aCase) {
        return jdbc.sql("select count(*) from command.domain_event_entry where aggregate_identifier = ?")
                .param(aCase).query(Long.class).single();
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                bad("malformed JSON", "/api/delivery-claims", "{\"orderId\": ", 400, "MALFORMED_REQUEST", null),
                bad("empty body", "/api/delivery-claims", "", 400, "VALIDATION_FAILED", "body"),
                bad("JSON array instead of object", "/api/delivery-claims", "[]", 400, "VALIDATION_FAILED", "body"),
                bad("unknown field", "/api/delivery-claims", CLAIM.replace("\"statement\"", "\"claimAmount\": 1, \"statement\""),
                        400, "VALIDATION_FAILED", "claimAmount"),
                bad("unknown delivery method", "/api/delivery-claims", CLAIM.replace("SECURE_OTP", "DRONE"), 400,
                        "VALIDATION_FAILED", "deliveryMethod"),
                bad("unknown tender method", "/api/delivery-claims", CLAIM.replace("GIFT_CARD", "CHEQUE"), 400,
                        "VALIDATION_FAILED", "tenders[1].method"),
                bad("amount as a number", "/api/delivery-claims", CLAIM.replace("\"1229.00\"", "1229.00"), 400,
                        "VALIDATION_FAILED", "amount.value"),
                bad("amount not a decimal", "/api/delivery-claims", CLAIM.replace("\"1229.00\"", "\"12,29\""), 400,
                        "VALIDATION_FAILED", "amount.value"),
                bad("negative amount", "/api/delivery-claims", CLAIM.replace("\"1229.00\"", "\"-1229.00\""), 400,
                        "VALIDATION_FAILED", "amount.value"),
                bad("tenders not adding up", "/api/delivery-claims", CLAIM.replace("\"229.00\"", "\"228.00\""), 400,
                        "VALIDATION_FAILED", "tenders"),
                bad("sub-cent amount", "/api/delivery-claims", CLAIM.replace("\"1229.00\"", "\"1229.001\"")
                        .replace("\"229.00\"", "\"229.001\""), 400, "VALIDATION_FAILED", "amount.value"),
                bad("claimed above the amount", "/api/delivery-claims", CLAIM.replace("\"statement\"",
                        "\"claimedAmount\": {\"value\": \"1300.00\", \"currency\": \"EUR\"}, \"statement\""), 400,
                        "VALIDATION_FAILED", "claimedAmount.value"),
                bad("claimed zero", "/api/delivery-claims", CLAIM.replace("\"statement\"",
                        "\"claimedAmount\": {\"value\": \"0.00\", \"currency\": \"EUR\"}, \"statement\""), 400,
                        "VALIDATION_FAILED", "claimedAmount.value"),
                bad("claimed in another currency", "/api/delivery-claims", CLAIM.replace("\"statement\"",
                        "\"claimedAmount\": {\"value\": \"10.00\", \"currency\": \"USD\"}, \"statement\""), 400,
                        "VALIDATION_FAILED", "claimedAmount.currency"),
                bad("unknown currency", "/api/delivery-claims", CLAIM.replace("\"EUR\"", "\"EUX\""), 400,
                        "VALIDATION_FAILED", "amount.currency"),
                bad("jurisdiction not served", "/api/delivery-claims", CLAIM.replace("\"FR\"", "\"ZZ\""), 400,
                        "VALIDATION_FAILED", "jurisdiction"),
                bad("missing customer", "/api/delivery-claims", CLAIM.replace("\"customerId\": \"CUST-77\",", ""), 400,
                        "VALIDATION_FAILED", "customerId"),
                bad("missing carrier on a claim", "/api/delivery-claims",
                        CLAIM.replace("\"carrierId\": \"CARRIER-1\",", ""), 400, "VALIDATION_FAILED", "carrierId"),
                bad("case id not a UUID", "/api/delivery-claims", CLAIM.replace("{\"orderId\"", "{\"caseId\": \"42\", \"orderId\""),
                        400, "VALIDATION_FAILED", "caseId"),
                bad("delivered in the future", "/api/delivery-claims", CLAIM.replace("2024-06-25T15:40:00Z",
                        "2999-01-01T00:00:00Z"), 400, "VALIDATION_FAILED", "carrierReportedDeliveredAt"),
                bad("not an instant", "/api/delivery-claims", CLAIM.replace("2024-06-25T15:40:00Z", "yesterday"), 400,
                        "VALIDATION_FAILED", "carrierReportedDeliveredAt"),
                bad("goods dispute without delivery date", "/api/disputes",
                        DISPUTE.replace("\"2026-01-05T10:00:00Z\"", "null"), 400, "VALIDATION_FAILED",
                        "deliveredAt"),
                bad("unknown dispute reason", "/api/disputes", DISPUTE.replace("NOT_AS_DESCRIBED", "CHANGED_MIND"), 400,
                        "VALIDATION_FAILED", "reason"),
                bad("sha256 upper case", "/api/cases/{case}/evidence", EVIDENCE.replace(SHA, SHA.toUpperCase()), 400,
                        "VALIDATION_FAILED", "sha256"),
                bad("sha256 too short", "/api/cases/{case}/evidence", EVIDENCE.replace(SHA, SHA.substring(1)), 400,
                        "VALIDATION_FAILED", "sha256"),
                bad("unknown evidence type", "/api/cases/{case}/evidence", EVIDENCE.replace("OTP_CONFIRMATION", "SELFIE"),
                        400, "VALIDATION_FAILED", "type"),
                bad("customer proving delivery", "/api/cases/{case}/evidence", EVIDENCE.replace("\"CARRIER\"", "\"CUSTOMER\""),
                        400, "VALIDATION_FAILED", "party"),
                bad("ill-typed attribute", "/api/cases/{case}/evidence", EVIDENCE.replace("\"IN_PERSON\"", "\"FAX\""), 400,
                        "VALIDATION_FAILED", "attributes.channel"),
                bad("nested attribute", "/api/cases/{case}/evidence", EVIDENCE.replace("\"IN_PERSON\"", "{\"a\": 1}"), 400,
                        "VALIDATION_FAILED", "attributes.channel"),
                bad("relative uri", "/api/cases/{case}/evidence", EVIDENCE.replace("https://evidence.example/abc", "abc"),
                        400, "VALIDATION_FAILED", "uri"),
                bad("evidence on an unknown case", "/api/cases/" + UUID.randomUUID() + "/evidence", EVIDENCE, 404,
                        "CASE_NOT_FOUND", null),
                bad("evidence on a closed case", "/api/cases/{closed}/evidence", EVIDENCE, 409, "CASE_CLOSED", null),
                bad("case path not a UUID", "/api/cases/not-a-uuid/evidence", EVIDENCE, 400, "VALIDATION_FAILED",
                        "caseId"),
                // what an attacker, a buggy integration or a tired agent would send
                bad("JSON nested a hundred deep", "/api/cases/{case}/evidence", EVIDENCE.replace("\"IN_PERSON\"}",
                        "\"IN_PERSON\", \"deep\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(100) + "}"), 400,
                        "MALFORMED_REQUEST", null),
                bad("a number of a thousand digits", "/api/cases/{case}/evidence", EVIDENCE.replace("\"IN_PERSON\"}",
                        "\"IN_PERSON\", \"distanceMeters\": " + "9".repeat(1000) + "}"), 400, "MALFORMED_REQUEST", null),
                bad("a duplicate key", "/api/delivery-claims", CLAIM.replace("{\"orderId\"", "{\"orderId\": \"A\", \"orderId\""),
                        400, "MALFORMED_REQUEST", null),
                bad("trailing garbage", "/api/delivery-claims", CLAIM + " {}", 400, "VALIDATION_FAILED", "body"),
                bad("a statement of 5,000 characters", "/api/delivery-claims", CLAIM.replace("Never came.", "x".repeat(5000)),
                        400, "VALIDATION_FAILED", "statement"),
                bad("SQL in an order id", "/api/delivery-claims", CLAIM.replace("IT-403-2291", "x'; drop table cases; --"),
                        400, "VALIDATION_FAILED", "orderId"),
                bad("a control character in a customer id", "/api/delivery-claims", CLAIM.replace("CUST-77", "CUST\\u000077"),
                        400, "VALIDATION_FAILED", "customerId"),
                bad("an id of 65 characters", "/api/delivery-claims", CLAIM.replace("SELLER-1", "S".repeat(65)), 400,
                        "VALIDATION_FAILED", "sellerId"),
                bad("an amount in exponent notation", "/api/delivery-claims", CLAIM.replace("\"1229.00\"", "\"1.229e3\""),
                        400, "VALIDATION_FAILED", "amount.value"),
                bad("an absurd amount", "/api/delivery-claims", CLAIM.replace("\"1229.00\"", "\"1234567890123456.00\""),
                        400, "VALIDATION_FAILED", "amount.value"),
                bad("twenty-one tenders", "/api/delivery-claims", CLAIM.replace("[{\"method\": \"CARD\", \"amount\": \"1000.00\"}",
                        "[" + "{\"method\": \"CARD\", \"amount\": \"0.01\"}, ".repeat(20) + "{\"method\": \"CARD\", \"amount\": \"1000.00\"}"),
                        400, "VALIDATION_FAILED", "tenders"),
                bad("a lower-case jurisdiction", "/api/delivery-claims", CLAIM.replace("\"FR\"", "\"fr\""), 400,
                        "VALIDATION_FAILED", "jurisdiction"),
                bad("a lower-case enum value", "/api/delivery-claims", CLAIM.replace("SECURE_OTP", "secure_otp"), 400,
                        "VALIDATION_FAILED", "deliveryMethod"),
                bad("a four-letter currency", "/api/delivery-claims", CLAIM.replace("\"EUR\"", "\"EURO\""), 400,
                        "VALIDATION_FAILED", "amount.currency"),
                bad("tenders as an object", "/api/delivery-claims", CLAIM.replace("\"tenders\": [", "\"tenders\": {\"x\": [")
                        .replace("}],\n", "}]},\n"), 400, "VALIDATION_FAILED", "tenders"),
                bad("a boolean attribute as text", "/api/cases/{case}/evidence", EVIDENCE.replace("\"channel\": \"IN_PERSON\"",
                        "\"channel\": \"IN_PERSON\", \"otpRequestedRemotely\": \"yes\""), 400, "VALIDATION_FAILED",
                        "attributes.otpRequestedRemotely"),
                bad("a negative distance", "/api/cases/{case}/evidence", EVIDENCE.replace("\"channel\": \"IN_PERSON\"",
                        "\"channel\": \"IN_PERSON\", \"distanceMeters\": -5"), 400, "VALIDATION_FAILED",
                        "attributes.distanceMeters"),
                bad("an attribute name with spaces", "/api/cases/{case}/evidence", EVIDENCE.replace("\"channel\": \"IN_PERSON\"",
                        "\"channel\": \"IN_PERSON\", \"a b\": 1"), 400, "VALIDATION_FAILED", "attributes"),
                bad("a javascript uri", "/api/cases/{case}/evidence", EVIDENCE.replace("https://evidence.example/abc",
                        "javascript:alert(1)"), 400, "VALIDATION_FAILED", "uri"),
                bad("evidence captured next year", "/api/cases/{case}/evidence", EVIDENCE.replace("2024-06-25T15:39:10Z",
                        "2999-06-25T15:39:10Z"), 400, "VALIDATION_FAILED", "capturedAt"),
                bad("a path in the evidence id", "/api/cases/{case}/evidence", EVIDENCE.replace("{\"party\"",
                        "{\"evidenceId\": \"../../etc/passwd\", \"party\""), 400, "VALIDATION_FAILED", "evidenceId"),
                bad("a fraud suspicion saying yes in words", "/api/cases/{case}/fraud-suspicion",
                        "{\"regulatorNotified\": \"yes\"}", 400, "VALIDATION_FAILED", "regulatorNotified"),
                bad("a fraud suspicion without a body", "/api/cases/{case}/fraud-suspicion", "", 400, "VALIDATION_FAILED",
                        "regulatorNotified"),
                bad("an appeal without a reason", "/api/cases/{case}/appeal", "{}", 400, "VALIDATION_FAILED", "reason"),
                // JSON escapes may hold half of a surrogate pair, which no database or view could keep as it is
                bad("half a surrogate pair in a statement", "/api/delivery-claims", CLAIM.replace("Never came.",
                        "Never \\ud83d came."), 400, "VALIDATION_FAILED", "statement"),
                bad("half a surrogate pair in an evidence attribute", "/api/cases/{case}/evidence", EVIDENCE.replace(
                        "\"channel\": \"IN_PERSON\"", "\"channel\": \"IN_PERSON\", \"note\": \"\\udce6\""), 400,
                        "VALIDATION_FAILED", "attributes.note"),
                bad("a surrogate pair reversed in an appeal", "/api/cases/{case}/appeal",
                        "{\"reason\": \"\\udce6\\ud83d\"}", 400, "VALIDATION_FAILED", "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void isRefusedWithAProblemAndStoresNothing(String what, String path, String body, int status, String code,
                                               String field) throws Exception {
        long eventsBefore = storedEvents();
        Answer answer = post(path.replace("{case}", caseId).replace("{closed}", closedCaseId), body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("code").asString()).isEqualTo(code);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(answer.body().get("errors").findValuesAsString("field")).contains(field);
        }
        assertThat(answer.text()).doesNotContain("Exception", "org.", "java.", "SQL", "\tat ");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aCaseIdAlreadyInUseIsAConflictAndStoresNothing() throws Exception {
        long eventsBefore = storedEvents();
        Answer answer = post("/api/delivery-claims", CLAIM.replace("{\"orderId\"", "{\"caseId\": \"" + caseId + "\", \"orderId\""));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("code").asString()).isEqualTo("CASE_ALREADY_EXISTS");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void otherEvidenceUnderAUsedIdIsAConflictAndARetryChangesNothing() throws Exception {
        String withId = EVIDENCE.replace("{\"party\"", "{\"evidenceId\": \"" + UUID.randomUUID() + "\", \"party\"");
        Answer first = post("/api/cases/" + caseId + "/evidence", withId);
        assertThat(first.status()).isEqualTo(202);
        long eventsAfterFirst = storedEvents();

        Answer retry = post("/api/cases/" + caseId + "/evidence", withId);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body().get("version").asLong()).isEqualTo(first.body().get("version").asLong());

        Answer other = post("/api/cases/" + caseId + "/evidence", withId.replace("IN_PERSON", "PHONE"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().get("code").asString()).isEqualTo("DUPLICATE_EVIDENCE");
        assertThat(storedEvents()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void aSurrogatePairWrittenAsEscapesIsText() throws Exception {
        Answer answer = post("/api/delivery-claims", CLAIM.replace("Never came.", "Never came \\ud83d\\udce6."));

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        long eventsBefore = storedEvents();
        String huge = CLAIM.replace("Never came.", "x".repeat(300 * 1024));
        Answer answer = post("/api/delivery-claims", huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        long eventsBefore = storedEvents();
        HttpResponse<String> response = HTTP.send(request("/api/delivery-claims")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(CLAIM)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private long storedEvents() {
        return StoredEvents.byPeople(jdbc);
    }

    private Answer post(String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                JSON.readTree(response.body()), response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", DemoUsers.basic("agent"));
    }

    private static Arguments bad(String what, String path, String body, int status, String code, String field) {
        return Arguments.of(what, path, body, status, code, field);
    }

    record Answer(int status, String contentType, JsonNode body, String text) {
    }
}
