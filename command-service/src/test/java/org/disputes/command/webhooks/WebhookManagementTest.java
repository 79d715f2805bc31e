package org.disputes.command.webhooks;

import com.sun.net.httpserver.HttpServer;
import org.disputes.testsupport.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managing subscriptions over real HTTP on the whole command service, as deployed (https only, no private
 * targets): who may, what is refused and why, and that a refusal stores nothing. Targets accepted here are
 * literal public addresses (no DNS needed) subscribed to an event nothing in these tests emits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookManagementTest {

    static final String VALID = """
            {"url": "https://203.0.113.7/hooks", "events": ["customer.erased"], "sellerId": "SELLER-9",
             "description": "payments"}""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    /** The metrics are on the management port (its own in tests too: Spring picks a free one). */
    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyOperatorsManageWebhooks() throws Exception {
        for (String user : new String[]{"agent", "lead", "auditor", "carrier", "seller"}) {
            assertThat(send("POST", "/api/webhooks", user, VALID).statusCode()).as(user).isEqualTo(403);
            assertThat(send("GET", "/api/webhooks", user, null).statusCode()).as(user).isEqualTo(403);
            assertThat(send("POST", "/api/webhooks/deliveries/" + java.util.UUID.randomUUID() + "/redeliver", user,
                    null).statusCode()).as(user).isEqualTo(403);
            assertThat(send("GET", "/actuator/metrics", user, null).statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> anonymous = send("POST", "/api/webhooks", null, VALID);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).path("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(send("GET", "/api/webhooks", null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/webhooks", "ops", VALID).statusCode()).isEqualTo(201);
        assertThat(send("GET", "/actuator/metrics/disputes.webhooks.deliveries", "ops", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSubscriptionIsManagedAndItsSecretShownOnlyOnce() throws Exception {
        HttpResponse<String> created = send("POST", "/api/webhooks", "ops", VALID);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        String id = body.path("webhookId").asString();
        String secret = body.path("secret").asString();
        assertThat(secret).startsWith("whsec_").hasSize(6 + 64);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/webhooks/" + id);
        // stored sealed, not in clear
        byte[] stored = jdbc.sql("select secret from command.webhook_subscription where id = ?::uuid").param(id)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6));

        HttpResponse<String> read = send("GET", "/api/webhooks/" + id, "ops", null);
        assertThat(read.body()).doesNotContain(secret).doesNotContain("\"secret\"");
        JsonNode view = json(read);
        assertThat(view.path("url").asString()).isEqualTo("https://203.0.113.7/hooks");
        assertThat(view.path("events").get(0).asString()).isEqualTo("customer.erased");
        assertThat(view.path("sellerId").asString()).isEqualTo("SELLER-9");
        assertThat(view.path("active").asBoolean()).isTrue();
        assertThat(view.at("/deliveries/pending").asLong()).isZero();
        assertThat(send("GET", "/api/webhooks", "ops", null).body()).contains(id).doesNotContain(secret);

        JsonNode patched = json(send("PATCH", "/api/webhooks/" + id, "ops",
                "{\"active\": false, \"events\": [\"case.decided\", \"refund.issued\"]}"));
        assertThat(patched.path("active").asBoolean()).isFalse();
        assertThat(patched.path("events").toString()).isEqualTo("[\"case.decided\",\"refund.issued\"]");

        HttpResponse<String> rotated = send("POST", "/api/webhooks/" + id + "/rotate-secret", "ops", null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String newSecret = json(rotated).path("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        Instant until = Instant.parse(json(rotated).path("previousSecretValidUntil").asString());
        assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
        assertThat(json(send("GET", "/api/webhooks/" + id, "ops", null)).path("previousSecretValidUntil").asString())
                .isEqualTo(until.toString());

        assertThat(send("DELETE", "/api/webhooks/" + id, "ops", null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = send("GET", "/api/webhooks/" + id, "ops", null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).path("code").asString()).isEqualTo("WEBHOOK_NOT_FOUND");
    }

    @Test
    void aLoopbackTargetIsRefusedAndNothingIsSentToIt() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            int receiverPort = receiver.getAddress().getPort();
            long before = subscriptions();
            for (String url : new String[]{"https://127.0.0.1:" + receiverPort + "/hooks",
                    "https://localhost:" + receiverPort + "/hooks", "https://[::1]:" + receiverPort + "/hooks",
                    "https://10.1.2.3/hooks", "https://169.254.169.254/latest/meta-data"}) {
                HttpResponse<String> refused = send("POST", "/api/webhooks", "ops",
                        VALID.replace("https://203.0.113.7/hooks", url));
                assertThat(refused.statusCode()).as(url).isEqualTo(400);
                assertThat(json(refused).at("/errors/0/field").asString()).isEqualTo("url");
                assertThat(json(refused).at("/errors/0/message").asString()).contains("loopback, private");
            }
            HttpResponse<String> insecure = send("POST", "/api/webhooks", "ops",
                    VALID.replace("https://203.0.113.7/hooks", "http://127.0.0.1:" + receiverPort + "/hooks"));
            assertThat(json(insecure).at("/errors/0/message").asString()).isEqualTo("must be an https URL");
            assertThat(subscriptions()).isEqualTo(before);
            assertThat(requests.get()).isZero();
        } finally {
            receiver.stop(0);
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("malformed URL", VALID.replace("https://203.0.113.7/hooks", "https://exa mple/x"), "url"),
                Arguments.of("relative URL", VALID.replace("https://203.0.113.7/hooks", "/hooks"), "url"),
                Arguments.of("missing URL", VALID.replace("\"url\": \"https://203.0.113.7/hooks\",", ""), "url"),
                Arguments.of("URL with credentials", VALID.replace("https://", "https://user:pw@"), "url"),
                Arguments.of("URL too long", VALID.replace("/hooks", "/" + "h".repeat(2100)), "url"),
                Arguments.of("unknown event type", VALID.replace("customer.erased", "case.reopened"), "events[0]"),
                Arguments.of("event type in another case", VALID.replace("customer.erased", "CASE_DECIDED"),
                        "events[0]"),
                Arguments.of("no event types", VALID.replace("[\"customer.erased\"]", "[]"), "events"),
                Arguments.of("seller filter not a party id", VALID.replace("SELLER-9", "seller 9; drop"),
                        "sellerId"),
                Arguments.of("carrier filter not a party id", VALID.replace("\"description\"",
                        "\"carrierId\": \"-CARRIER\", \"description\""), "carrierId"),
                Arguments.of("description over its limit", VALID.replace("payments", "p".repeat(501)),
                        "description"),
                Arguments.of("unknown field", VALID.replace("\"description\"", "\"secret\": \"mine\", \"description\""),
                        "secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheFieldAndStoresNothing(String name, String body, String field) throws Exception {
        long before = subscriptions();
        HttpResponse<String> refused = send("POST", "/api/webhooks", "ops", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(refused);
        assertThat(problem.path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("errors").findValuesAsString("field")).contains(field);
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndStoresNothing() throws Exception {
        long before = subscriptions();
        HttpResponse<String> refused = send("POST", "/api/webhooks", "ops",
                VALID.replace("payments", "p".repeat(300 * 1024)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void changesAreCheckedLikeNewSubscriptions() throws Exception {
        String id = json(send("POST", "/api/webhooks", "ops", VALID)).path("webhookId").asString();
        HttpResponse<String> refused = send("PATCH", "/api/webhooks/" + id, "ops",
                "{\"url\": \"https://192.168.1.10/hooks\", \"events\": [\"case.gone\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("errors").findValuesAsString("field")).containsExactly("url", "events[0]");
        assertThat(json(send("GET", "/api/webhooks/" + id, "ops", null)).path("url").asString())
                .isEqualTo("https://203.0.113.7/hooks");
        assertThat(send("GET", "/api/webhooks/not-a-uuid", "ops", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/webhooks/" + id + "/deliveries?status=LOST", "ops", null).statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/api/webhooks/" + id + "/deliveries?status=FAILED", "ops", null).body())
                .isEqualTo("[]");
    }

    private long subscriptions() {
        return jdbc.sql("select count(*) from command.webhook_subscription").query(Long.class).single();
    }

    @Test
    void aSecretIsNeverKeptForAnIdempotencyKeyNorShownAgainOnARepeat() throws Exception {
        String key = "subscribe-" + java.util.UUID.randomUUID();
        HttpResponse<String> created = send("POST", "/api/webhooks", "ops", VALID, key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        String secret = json(created).path("secret").asString();
        String id = json(created).path("webhookId").asString();

        HttpResponse<String> repeated = send("POST", "/api/webhooks", "ops", VALID, key);
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(repeated.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(repeated.headers().firstValue("Location")).hasValue("/api/webhooks/" + id);
        assertThat(repeated.body()).doesNotContain(secret).contains("shown once");
        byte[] kept = jdbc.sql("select response_body from command.idempotency_key where key = ?").param(key)
                .query(byte[].class).single();
        assertThat(new String(kept, StandardCharsets.UTF_8)).doesNotContain(secret.substring(6));
        assertThat(jdbc.sql("select count(*) from command.webhook_subscription where description = 'payments'"
                + " and id = ?::uuid").param(id).query(Long.class).single()).isEqualTo(1);

        String rotateKey = "rotate-" + java.util.UUID.randomUUID();
        HttpResponse<String> rotated = send("POST", "/api/webhooks/" + id + "/rotate-secret", "ops", null, rotateKey);
        String newSecret = json(rotated).path("secret").asString();
        assertThat(send("POST", "/api/webhooks/" + id + "/rotate-secret", "ops", null, rotateKey).body())
                .doesNotContain(newSecret);
        byte[] keptRotation = jdbc.sql("select response_body from command.idempotency_key where key = ?")
                .param(rotateKey).query(byte[].class).single();
        assertThat(new String(keptRotation, StandardCharsets.UTF_8)).doesNotContain(newSecret.substring(6));
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return send(method, path, user, body, null);
    }

    private HttpResponse<String> send(String method, String path, String user, String body, String idempotencyKey)
            throws Exception {
        int to = path.startsWith("/actuator/metrics") ? managementPort : port;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + to + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
