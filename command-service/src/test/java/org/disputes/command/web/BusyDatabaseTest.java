package org.disputes.command.web;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More work than the pool's connections: a request that waited its turn in vain is turned away with 503 and
 * {@code Retry-After}, whether it waited in the command or in the {@code Idempotency-Key}'s filter, and nothing of it
 * was done; sent again once connections are free, it goes through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
@ExtendWith(OutputCaptureExtension.class)
class BusyDatabaseTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry metrics;

    @Test
    void aRequestThatFindsNoConnectionFreeIsTurnedAwayAndDoneNothing(CapturedOutput log) throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = api.caseWithCarrierEvidence();
        long events = api.eventsOf(caseId);

        List<HttpResponse<String>> busy = new ArrayList<>();
        try (HeldPool held = new HeldPool(dataSource.unwrap(HikariDataSource.class))) {
            CompletableFuture<HttpResponse<String>> plain = send(evidence(api, caseId));
            CompletableFuture<HttpResponse<String>> keyed = send(evidence(api, caseId)
                    .header("Idempotency-Key", "busy-" + caseId));
            busy.add(plain.get(30, TimeUnit.SECONDS));
            busy.add(keyed.get(30, TimeUnit.SECONDS));
        }

        for (HttpResponse<String> answer : busy) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).contains("2");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = CaseApi.JSON.readTree(answer.body());
            assertThat(problem.get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(answer.body()).doesNotContainIgnoringCase("hikari").doesNotContain("Exception")
                    .doesNotContain("SQL").doesNotContain("org.");
        }
        assertThat(api.eventsOf(caseId)).as("nothing of the turned-away requests was stored").isEqualTo(events);
        assertThat(log.getOut()).as("a line for the operator, no stack trace of a request failing")
                .contains("request(s) answered 503 since the last such line: passing trouble with the database")
                .doesNotContain("Unexpected failure while serving a request").doesNotContain("Servlet.service()");

        CaseApi.Answer again = api.post("/api/cases/" + caseId + "/evidence", CaseApi.evidence("SELLER"), "agent",
                Map.of("Idempotency-Key", "busy-" + caseId));
        assertThat(again.status()).as(again.text()).isEqualTo(202);
        assertThat(api.eventsOf(caseId)).isEqualTo(events + 1);
    }

    @Test
    void requestsBeyondTheAdmissionLimitWaitTheirTurnBeforeTheyTouchThePool() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = api.caseWithCarrierEvidence();
        long events = api.eventsOf(caseId);
        int limit = 8; // disputes.http.admission.limit in application.yml

        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (HeldPool held = new HeldPool(dataSource.unwrap(HikariDataSource.class))) {
            for (int i = 0; i < limit + 2; i++) {
                sent.add(send(evidence(api, caseId)));
            }
            // the limit's requests are in, waiting for the pool; the two others wait to be let in
            assertThat(Poll.until(this::waiting, waiting -> waiting >= 2, Duration.ofSeconds(30))).isEqualTo(2.0);
            for (CompletableFuture<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(503);
        assertThat(api.eventsOf(caseId)).as("nothing of the turned-away requests was stored").isEqualTo(events);
        assertThat(waiting()).isEqualTo(0.0);
    }

    private double waiting() {
        return metrics.get("disputes.http.requests.waiting").gauge().value();
    }

    /** The seller's evidence, sent by the agent, as a request to send without waiting for its answer. */
    private static HttpRequest.Builder evidence(CaseApi api, String caseId) {
        return HttpRequest.newBuilder(api.uri("/api/cases/" + caseId + "/evidence"))
                .header("Content-Type", "application/json").header("Authorization", DemoUsers.basic("agent"))
                .POST(HttpRequest.BodyPublishers.ofString(CaseApi.evidence("SELLER")));
    }

    private static CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every connection of the pool, borrowed (as a burst of work would) until closed. */
    private static final class HeldPool implements AutoCloseable {

        private final List<Connection> connections = new ArrayList<>();

        HeldPool(HikariDataSource pool) throws Exception {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                connections.add(pool.getConnection());
            }
        }

        @Override
        public void close() throws Exception {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
