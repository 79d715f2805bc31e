package org.disputes.command.web;

import org.disputes.platform.idempotency.IdempotencyFilter;
import org.disputes.testsupport.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} (API.md, "Reliability headers") over real HTTP on a real PostgreSQL: a repeat gets the
 * first answer and changes nothing, another body under a used key is refused, keys are per user, and a burst of
 * identical requests has exactly one effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // short enough for the in-flight test, long enough for the concurrent burst's first request to finish
        "disputes.idempotency.wait=PT3S",
        // passwords stored unhashed ({noop}): bcrypt on every request would spread a burst over seconds before
        // any of it reached the idempotency filter, and the burst would no longer be concurrent
        "disputes.security.users[0].name=agent", "disputes.security.users[0].password={noop}agent-demo",
        "disputes.security.users[0].role=AGENT",
        "disputes.security.users[1].name=agent2", "disputes.security.users[1].password={noop}agent2-demo",
        "disputes.security.users[1].role=AGENT"})
class IdempotencyTest {

    static final String CLAIMS = "/api/delivery-claims";
    static final Duration WAIT = Duration.ofSeconds(3);
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String EVIDENCE = """
            {"party": "CARRIER", "type": "OTP_CONFIRMATION", "capturedAt": "2024-06-25T15:39:10Z",
             "sha256": "%s", "uri": "https://evidence.example/abc", "attributes": {"channel": "IN_PERSON"}}"""
            .formatted(SHA);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(20);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopClients() {
        CLIENTS.shutdownNow();
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndFilesNothingMore() throws Exception {
        String key = newKey();
        String claim = claim(newOrderId());

        Answer first = post("agent", CLAIMS, claim, key);
        Answer repeat = post("agent", CLAIMS, claim, key);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header(IdempotencyFilter.REPLAYED)).isEmpty();
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.text()).isEqualTo(first.text());
        assertThat(repeat.contentType()).isEqualTo(first.contentType());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(repeat.header(IdempotencyFilter.REPLAYED)).contains("true");
        assertThat(filingsOfCase(first.body().get("caseId").asString())).isEqualTo(1);
    }

    @Test
    void theKeyWithAnotherBodyIs422AndStoresNothing() throws Exception {
        String key = newKey();
        Answer first = post("agent", CLAIMS, claim(newOrderId()), key);
        assertThat(first.status()).isEqualTo(201);
        String caseId = first.body().get("caseId").asString();
        // the saga asks for proof on its own; let it, so that what follows is all this test's doing
        awaitUntil(() -> eventsOfCase(caseId) == 2, "the proof request of " + caseId);
        long filingsBefore = allFilings();

        String otherOrder = newOrderId();
        Answer other = post("agent", CLAIMS, claim(otherOrder), key);

        assertThat(other.status()).as(other.text()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.body().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(other.body().get("status").asInt()).isEqualTo(422);
        assertThat(other.header(IdempotencyFilter.REPLAYED)).isEmpty();
        assertThat(filingsOfOrder(otherOrder)).isZero();
        assertThat(allFilings()).isEqualTo(filingsBefore);
        assertThat(eventsOfCase(caseId)).isEqualTo(2);
    }

    @Test
    void theSameKeyOfAnotherUserIsTheirOwn() throws Exception {
        String key = newKey();
        String orderId = newOrderId();
        String claim = claim(orderId);

        Answer mine = post("agent", CLAIMS, claim, key);
        Answer theirs = post("agent2", CLAIMS, claim, key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).as(theirs.text()).isEqualTo(201);
        assertThat(theirs.header(IdempotencyFilter.REPLAYED)).isEmpty();
        assertThat(theirs.body().get("caseId").asString()).isNotEqualTo(mine.body().get("caseId").asString());
        assertThat(filingsOfOrder(orderId)).isEqualTo(2);
        // and each user's repeat still gets their own first answer
        assertThat(post("agent2", CLAIMS, claim, key).text()).isEqualTo(theirs.text());
        assertThat(post("agent", CLAIMS, claim, key).text()).isEqualTo(mine.text());
    }

    @Test
    void aRefusalIsRememberedLikeAnyAnswer() throws Exception {
        String key = newKey();
        String orderId = newOrderId();
        String invalid = claim(orderId).replace("\"229.00\"", "\"228.00\"");

        Answer first = post("agent", CLAIMS, invalid, key);
        Answer repeat = post("agent", CLAIMS, invalid, key);

        assertThat(first.status()).isEqualTo(400);
        assertThat(first.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(repeat.status()).isEqualTo(400);
        assertThat(repeat.contentType()).isEqualTo("application/problem+json");
        assertThat(repeat.text()).isEqualTo(first.text());
        assertThat(repeat.header(IdempotencyFilter.REPLAYED)).contains("true");
        // the key is spent on the refused request: the corrected one needs a new key
        Answer corrected = post("agent", CLAIMS, claim(orderId), key);
        assertThat(corrected.status()).isEqualTo(422);
        assertThat(corrected.body().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(filingsOfOrder(orderId)).isZero();
    }

    @Test
    void twentyConcurrentRepeatsHaveOneEffect() throws Exception {
        String key = newKey();
        String orderId = newOrderId();
        String claim = claim(orderId);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(CLIENTS.submit(() -> {
                start.await();
                return post("agent", CLAIMS, claim, key);
            }));
        }
        start.countDown();

        List<Answer> all = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            all.add(answer.get(30, TimeUnit.SECONDS));
        }
        assertThat(all).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(201));
        assertThat(all).extracting(Answer::text).containsOnly(all.get(0).text());
        assertThat(all).filteredOn(answer -> answer.header(IdempotencyFilter.REPLAYED).isEmpty()).hasSize(1);
        assertThat(filingsOfOrder(orderId)).isEqualTo(1);
        assertThat(filingsOfCase(all.get(0).body().get("caseId").asString())).isEqualTo(1);
    }

    @Test
    void evidenceIsRecordedOnceAndItsAnswerReplayed() throws Exception {
        String caseId = post("agent", CLAIMS, claim(newOrderId()), null).body().get("caseId").asString();
        awaitUntil(() -> eventsOfCase(caseId) == 2, "the proof request of " + caseId);
        String key = newKey();
        String path = "/api/cases/" + caseId + "/evidence";

        Answer first = post("agent", path, EVIDENCE, key);
        Answer repeat = post("agent", path, EVIDENCE, key);

        assertThat(first.status()).as(first.text()).isEqualTo(202);
        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.header(IdempotencyFilter.REPLAYED)).contains("true");
        assertThat(repeat.body().get("evidenceId").asString()).isEqualTo(first.body().get("evidenceId").asString());
        assertThat(repeat.body().get("version").asLong()).isEqualTo(first.body().get("version").asLong());
        assertThat(repeat.text()).isEqualTo(first.text());
        assertThat(eventsOfCase(caseId, "EvidenceSubmitted")).isEqualTo(1);
    }

    static Stream<Arguments> invalidKeys() {
        return Stream.of(
                Arguments.of("empty", bytes("")),
                Arguments.of("300 characters", bytes("k".repeat(300))),
                Arguments.of("a tab", bytes("tab\there")),
                Arguments.of("not ASCII (Latin-1)", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("not ASCII (UTF-8)", "caf\u00e9".getBytes(StandardCharsets.UTF_8)));
    }

    /** Sent as raw bytes over a socket: Java's HTTP client would refuse (or rewrite) some of these keys itself. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidKeys")
    void anInvalidKeyIs400AndStoresNothing(String what, byte[] key) throws Exception {
        String orderId = newOrderId();

        Answer answer = rawPost("agent", CLAIMS, claim(orderId), key);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.body().get("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");
        assertThat(filingsOfOrder(orderId)).isZero();
    }

    /**
     * Control characters other than the tab are not allowed in any HTTP header value: Tomcat refuses the request
     * with 400 while parsing it, before any filter runs (and with its own error page, not a problem response).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bell\u0007", "esc\u001b[0m", "del\u007f", "nul\u0000"})
    void aKeyWithControlCharactersIs400AndStoresNothing(String key) throws Exception {
        String orderId = newOrderId();

        Answer answer = rawPost("agent", CLAIMS, claim(orderId), bytes(key));

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(filingsOfOrder(orderId)).isZero();
    }

    @Test
    void aKeyOfTwoHundredFiftyFivePrintableCharactersIsFine() throws Exception {
        String key = (" !~" + UUID.randomUUID()).repeat(10).substring(0, 255);
        Answer answer = post("agent", CLAIMS, claim(newOrderId()), key);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }

    @Test
    void aKeyGivenTwiceIs400() throws Exception {
        String orderId = newOrderId();
        HttpResponse<String> response = HTTP.send(request("agent", CLAIMS)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", newKey()).header("Idempotency-Key", newKey())
                .POST(HttpRequest.BodyPublishers.ofString(claim(orderId))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field"))
                .containsExactly("Idempotency-Key");
        assertThat(filingsOfOrder(orderId)).isZero();
    }

    @Test
    void aRepeatWhileTheFirstIsStillRunningIs409AfterTheWait() throws Exception {
        String key = newKey();
        String orderId = newOrderId();
        String claim = claim(orderId);
        // as if another instance were still handling the first request
        claimInFlight("agent", key, claim, "now()");

        Instant sent = Instant.now();
        Answer answer = post("agent", CLAIMS, claim, key);

        assertThat(answer.status()).as(answer.text()).isEqualTo(409);
        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(WAIT.minusMillis(100));
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT");
        assertThat(answer.header("Retry-After")).isPresent();
        assertThat(filingsOfOrder(orderId)).isZero();
    }

    @Test
    void aRepeatGetsTheAnswerTheFirstLeavesWhenItFinishes() throws Exception {
        String key = newKey();
        String claim = claim(newOrderId());
        claimInFlight("agent", key, claim, "now()");

        CompletableFuture<Answer> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return post("agent", CLAIMS, claim, key);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, CLIENTS);
        // the first request finishes on "another instance", while the repeat waits for it or before it looks
        jdbc.sql("""
                        update command.idempotency_key set state = 'COMPLETED', response_status = 201,
                        response_content_type = 'application/json', response_body = convert_to(?, 'UTF8')
                        where owner = 'agent' and key = ?""")
                .params("{\"caseId\":\"first\",\"version\":1}", key).update();

        Answer answer = waiting.get(10, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.text()).isEqualTo("{\"caseId\":\"first\",\"version\":1}");
        assertThat(answer.header(IdempotencyFilter.REPLAYED)).contains("true");
    }

    @Test
    void aClaimLeftInFlightByADeadInstanceIsTakenOver() throws Exception {
        String key = newKey();
        String orderId = newOrderId();
        String claim = claim(orderId);
        claimInFlight("agent", key, claim, "now() - interval '10 minutes'");

        Answer answer = post("agent", CLAIMS, claim, key);

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.header(IdempotencyFilter.REPLAYED)).isEmpty();
        assertThat(filingsOfOrder(orderId)).isEqualTo(1);
        assertThat(post("agent", CLAIMS, claim, key).text()).isEqualTo(answer.text());
    }

    @Test
    void aKeyPastRetentionIsForgotten() throws Exception {
        String key = newKey();
        String orderId = newOrderId();
        jdbc.sql("""
                        insert into command.idempotency_key (owner, key, request_hash, state, response_status,
                            response_content_type, response_body, created_at)
                        values ('agent', ?, ?, 'COMPLETED', 201, 'application/json', '\\x7b7d'::bytea,
                            now() - interval '3 days')""")
                .params(key, new byte[32]).update();

        Answer answer = post("agent", CLAIMS, claim(orderId), key);

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.header(IdempotencyFilter.REPLAYED)).isEmpty();
        assertThat(filingsOfOrder(orderId)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestCounts() throws Exception {
        String orderId = newOrderId();
        String claim = claim(orderId);
        assertThat(post("agent", CLAIMS, claim, null).status()).isEqualTo(201);
        assertThat(post("agent", CLAIMS, claim, null).status()).isEqualTo(201);
        assertThat(filingsOfOrder(orderId)).isEqualTo(2);
    }

    private void claimInFlight(String owner, String key, String body, String createdAt) {
        byte[] hash = IdempotencyFilter.requestHash("POST", CLAIMS, body.getBytes(StandardCharsets.UTF_8));
        jdbc.sql("insert into command.idempotency_key (owner, key, request_hash, state, created_at)"
                        + " values (?, ?, ?, 'IN_FLIGHT', " + createdAt + ")")
                .params(owner, key, hash).update();
    }

    private static String claim(String orderId) {
        return """
                {"orderId": "%s", "customerId": "CUST-%s", "sellerId": "SELLER-1", "carrierId": "CARRIER-1",
                 "courierId": "COURIER-19", "jurisdiction": "FR", "deliveryMethod": "SECURE_OTP",
                 "amount": {"value": "1229.00", "currency": "EUR"},
                 "tenders": [{"method": "CARD", "amount": "1000.00"}, {"method": "GIFT_CARD", "amount": "229.00"}],
                 "carrierReportedDeliveredAt": "2024-06-25T15:40:00Z", "statement": "Never came."}"""
                .formatted(orderId, UUID.randomUUID());
    }

    private static String newOrderId() {
        return "IDEM-" + UUID.randomUUID();
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    private long filingsOfCase(String caseId) {
        return eventsOfCase(caseId, "DeliveryClaimFiled");
    }

    private long eventsOfCase(String caseId, String type) {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where aggregate_identifier = ? and payload_type like ?""")
                .params(caseId, "%" + type).query(Long.class).single();
    }

    private long eventsOfCase(String caseId) {
        return jdbc.sql("select count(*) from command.domain_event_entry where aggregate_identifier = ?")
                .param(caseId).query(Long.class).single();
    }

    /** Filings whose payload names the order: order ids are unique per test, so this counts one test's cases. */
    private long filingsOfOrder(String orderId) {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where payload_type like '%DeliveryClaimFiled'
                          and position(convert_to(?, 'UTF8') in payload) > 0""")
                .param(orderId).query(Long.class).single();
    }

    private long allFilings() {
        return jdbc.sql("select count(*) from command.domain_event_entry where payload_type like '%DeliveryClaimFiled'")
                .query(Long.class).single();
    }

    private static void awaitUntil(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private Answer post(String user, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers(), JSON.readTree(response.body()), response.body());
    }

    /** An HTTP/1.0 POST written byte by byte, the key exactly as given; the answer ends when the server closes. */
    private Answer rawPost(String user, String path, String body, byte[] key) throws Exception {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST " + path + " HTTP/1.0\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Authorization: " + DemoUsers.basic(user) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "Idempotency-Key: ").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(key);
        request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(content);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, headersEnd).split("\r\n");
            String text = response.substring(headersEnd + 4);
            String contentType = "";
            for (String line : head) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                }
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), contentType,
                    HttpHeaders.of(Map.of(), (name, value) -> true),
                    contentType.contains("json") ? JSON.readTree(text) : JSON.missingNode(), text);
        }
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", DemoUsers.basic(user));
    }

    record Answer(int status, String contentType, HttpHeaders headers, JsonNode body, String text) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }
}
