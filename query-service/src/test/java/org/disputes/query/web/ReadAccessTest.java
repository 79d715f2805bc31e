package org.disputes.query.web;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md's "Who may do what" on the query service, over real HTTP: every read endpoint as every role. Agents,
 * the escalation team and the regulator read cases; the escalation team reads everything an agent reads, plus its
 * own queue; carriers and sellers read only the cases naming them (the party view: the case here names SELLER-1 and
 * CARRIER-1, the demo seller's and carrier's party ids) and their own case list; the regulator reads no work queue
 * and no courier record. The OpenAPI document needs a signed-in user; health and Swagger UI's page are open. Nobody
 * writes here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAccessTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String CASE = UUID.randomUUID().toString();
    static final String COURIER = "COURIER-ACCESS-" + UUID.randomUUID().toString().substring(0, 8);
    static final String[] EVERYONE = {"agent", "lead", "auditor", "carrier", "seller", "ops", "dpo", null};

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    record Row(String path, String user, int status) {
        @Override
        public String toString() {
            return (user == null ? "anonymous" : user) + " GET " + path.replace(CASE, "{case}")
                    .replace(COURIER, "{courier}") + " → " + status;
        }
    }

    static Stream<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        for (String user : EVERYONE) {
            rows.add(row("/api/cases/" + CASE, user, "agent lead auditor carrier seller"));
            rows.add(row("/api/cases/" + CASE + "?minVersion=1", user, "agent lead auditor carrier seller"));
            rows.add(row("/api/parties/me/cases", user, "carrier seller"));
            rows.add(row("/api/cases?courierId=" + COURIER, user, "agent lead auditor"));
            rows.add(row("/api/cases/" + CASE + "/timeline", user, "agent lead auditor"));
            rows.add(row("/api/queues/agent", user, "agent lead"));
            rows.add(row("/api/queues/escalation", user, "lead"));
            rows.add(row("/api/couriers/" + COURIER, user, "agent lead"));
            rows.add(row("/api/audit/cases/" + CASE + "/events", user, "auditor"));
            rows.add(row("/api/audit/cases/" + CASE + "/verify", user, "auditor"));
            rows.add(row("/api/audit/cases/" + CASE + "/state?asOf=2999-01-01T00:00:00Z", user, "auditor"));
            rows.add(row("/api/audit/events?from=2999-01-01T00:00:00Z", user, "auditor"));
            rows.add(row("/api/stats", user, "auditor lead"));
            rows.add(row("/api/erasures", user, "dpo auditor"));
            rows.add(row("/v3/api-docs", user, "agent lead auditor carrier seller ops dpo")); // any signed-in user
            rows.add(new Row("/actuator/health", user, 200));
            rows.add(new Row("/swagger-ui/index.html", user, 200)); // holds no data; the document it loads is above
        }
        return rows.stream();
    }

    private static Row row(String path, String user, String readers) {
        if (user == null) {
            return new Row(path, null, 401);
        }
        return new Row(path, user, List.of(readers.split(" ")).contains(user) ? 200 : 403);
    }

    @BeforeAll
    void aCaseToRead() throws Exception {
        Instant now = Instant.now();
        Purchase purchase = new Purchase("IT-" + UUID.randomUUID(), "CUST-" + UUID.randomUUID(), "SELLER-1",
                "CARRIER-1", COURIER, new Jurisdiction("FR"), Money.of("100.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "100.00")));
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", CASE, 0,
                new DeliveryClaimFiled(CaseId.of(CASE), purchase, Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP,
                        now.minusSeconds(3600), "Never came.", now, now.plus(Duration.ofDays(3))),
                MetaData.with("actor", "agent")));
        assertThat(Poll.until(() -> get("/api/couriers/" + COURIER, "agent"), status -> status == 200, PATIENCE))
                .as("the case and its courier are projected").isEqualTo(200);
        assertThat(get("/api/cases/" + CASE, "agent")).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersAsApiMdSays(Row row) throws Exception {
        HttpResponse<String> response = send(row.path(), row.user(), "GET");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(row.status());
        if (row.status() >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
            assertThat(response.body()).contains(row.status() == 401 ? "\"UNAUTHENTICATED\"" : "\"FORBIDDEN\"");
        }
    }

    @Test
    void anUnknownCaseIsNotFoundForEveryoneWhoMayReadCases() throws Exception {
        for (String reader : List.of("agent", "lead", "auditor", "carrier", "seller")) {
            assertThat(get("/api/cases/" + UUID.randomUUID(), reader)).as(reader).isEqualTo(404);
        }
    }

    @Test
    void nobodyWritesToTheQueryService() throws Exception {
        for (String user : List.of("agent", "lead", "auditor", "carrier", "seller", "ops", "dpo")) {
            assertThat(send("/api/cases", user, "POST").statusCode()).as(user).isEqualTo(403);
            assertThat(send("/api/cases/" + CASE, user, "DELETE").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(send("/api/cases", null, "POST").statusCode()).isEqualTo(401);
    }

    private int get(String path, String user) throws Exception {
        return send(path, user, "GET").statusCode();
    }

    private HttpResponse<String> send(String path, String user, String method) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
