package org.disputes.acceptance;

import org.disputes.process.ServiceProcess;
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of the running system: the metrics each service offers Prometheus on its management port,
 * its readiness there, and one request followed through the logs of both services by its trace id.
 */
class ObservabilityTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void theManagementPortShowsCommandsProcessorsDeadlinesSagasDecisionsRefundsAndReplays() throws Exception {
        // one case refunded by the policy (no proof of delivery), one escalated (a signature): decisions of both
        // kinds, a refund in euros, and an escalation whose deadline is pending for days
        String refunded = Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer()));
        String escalated = Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer()));
        Steps.addEvidence(escalated, "carrier",
                Stories.evidence("CARRIER", "SIGNATURE", Map.of("signerIsRecipient", true)));
        Steps.awaitStatus(refunded, "REFUNDED");
        Steps.awaitStatus(escalated, "ESCALATED");
        // and one request repeated under its Idempotency-Key: the repeat is answered from the key store
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> claim = Stories.deliveryClaim(Stories.uniqueCustomer());
        assertThat(system.commands().post("/api/delivery-claims", "agent", claim, key).status()).isEqualTo(201);
        assertThat(system.commands().post("/api/delivery-claims", "agent", claim, key).status()).isEqualTo(201);

        String commands = scrape(system.commandProcess());
        assertThat(value(commands, "commandBus_allTimer_seconds_count", "payloadType=\"FileDeliveryClaim\""))
                .as("claims filed, as Axon counts the commands").hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(value(commands, "commandBus_allTimer_seconds_sum", "payloadType=\"FileDeliveryClaim\""))
                .as("their handling time").hasValueSatisfying(s -> assertThat(s).isPositive());
        assertThat(value(commands, "commandBus_failureCounter_total", "payloadType=\"FileDeliveryClaim\""))
                .as("claims whose command failed").hasValue(0.0);
        assertThat(value(commands, "commandBus_allTimer_seconds_count", "payloadType=\"DecideCase\""))
                .as("the saga's decisions").hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        assertThat(value(commands, "eventProcessor_latency", "processorName=\"AdjudicationSagaProcessor\""))
                .as("the saga's lag in time (ms)").hasValueSatisfying(ms -> assertThat(ms).isBetween(0.0, 60_000.0));
        assertThat(value(commands, "disputes_processor_lag_events", "processor=\"AdjudicationSagaProcessor\""))
                .as("the saga's lag in events").hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(0));
        // the saga sets the escalation's SLA once its processor has the decision, a moment after the view shows it
        assertThat(Poll.until(() -> value(scrape(system.commandProcess()), "disputes_deadlines_pending", "").orElse(0.0),
                        n -> n >= 1, Duration.ofSeconds(10)))
                .as("deadlines pending: the escalation's SLA at least").isGreaterThanOrEqualTo(1.0);
        assertThat(value(commands, "disputes_deadlines_overdue", "")).as("deadlines overdue").hasValue(0.0);
        assertThat(value(commands, "disputes_sagas", "type=\"AdjudicationSaga\""))
                .as("sagas under way: the escalated case's").hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        assertThat(value(commands, "disputes_decisions_total", "outcome=\"REFUND\",rule=\"INR-2\""))
                .hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        assertThat(value(commands, "disputes_decisions_total", "outcome=\"ESCALATE\",rule=\"INR-4\""))
                .hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        assertThat(value(commands, "disputes_refunds_count", "currency=\"EUR\""))
                .hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        assertThat(value(commands, "disputes_refunds_sum", "currency=\"EUR\""))
                .as("euros refunded: the claim's 1229.00 at least").hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1229.0));
        assertThat(value(commands, "disputes_idempotency_replays_total", ""))
                .hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));

        // the query side catches up with the store: its lag in events falls to none
        assertThat(Poll.until(() -> value(scrape(system.queryProcess()), "disputes_processor_lag_events",
                        "processor=\"case-views\"").orElse(-1.0), lag -> lag == 0, Duration.ofSeconds(20)))
                .as("case-views' lag in events").isZero();
        assertThat(value(scrape(system.queryProcess()), "eventProcessor_latency", "processorName=\"case-views\""))
                .isPresent();

        for (ServiceProcess service : List.of(system.commandProcess(), system.queryProcess())) {
            HttpResponse<String> readiness = get(service.managementUri("/actuator/health/readiness"), "ops");
            assertThat(readiness.statusCode()).as(service.name() + " " + readiness.body()).isEqualTo(200);
            assertThat(readiness.body()).as("the details, to an operator")
                    .contains("\"processors\"", "\"db\"", "\"running\"");
            assertThat(get(service.managementUri("/actuator/health/readiness")).body())
                    .as("the status alone, to anyone").isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(service.managementUri("/actuator/health/liveness")).statusCode()).isEqualTo(200);
            // the service's own port keeps its plain health check, and serves no metrics
            assertThat(get(service.uri("/actuator/health")).body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(service.uri("/readyz")).statusCode()).isEqualTo(200);
            assertThat(get(service.uri("/actuator/prometheus")).statusCode()).isNotEqualTo(200);
        }
    }

    @Test
    void oneClaimsTraceIdFollowsItFromTheAnswerThroughTheSagaToTheQuerySide() throws Exception {
        String correlationId = "story-" + UUID.randomUUID();
        Api.Response filed = fileClaim(Map.of("X-Correlation-Id", correlationId));
        assertThat(filed.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
        String traceId = filed.headers().firstValue("X-Trace-Id").orElseThrow();
        assertThat(traceId).matches("[0-9a-f]{32}");
        String caseId = filed.at("/caseId");

        // the command side: the saga's step on the filed claim, and the command it sent (proof requested)
        awaitLine(system.commandProcess(), traceId, "AdjudicationSagaProcessor handles DeliveryClaimFiled of " + caseId);
        awaitLine(system.commandProcess(), traceId, "command handles RequestProof");
        // the query side: the projection of the claim, and of the event the saga's command caused
        awaitLine(system.queryProcess(), traceId, "case-views handles DeliveryClaimFiled of " + caseId);
        awaitLine(system.queryProcess(), traceId, "case-views handles ProofRequested of " + caseId);
        // no proof comes: the response window's deadline fires, the saga decides, and the decision is projected,
        // all still in the claim's trace
        awaitLine(system.commandProcess(), traceId, "deadline handles ");
        awaitLine(system.commandProcess(), traceId, "command handles DecideCase");
        awaitLine(system.queryProcess(), traceId, "case-views handles CaseDecided of " + caseId);
    }

    @Test
    void aCallersW3cTraceIsContinuedAndNoOtherFormatIsRead() throws Exception {
        String callersTrace = hex(32);
        Api.Response continued = fileClaim(Map.of("traceparent", "00-" + callersTrace + "-" + hex(16) + "-01"));
        assertThat(continued.headers().firstValue("X-Trace-Id")).as("the caller's W3C trace, continued")
                .hasValue(callersTrace);

        // B3's headers (Zipkin's) are not read: the request starts a trace of its own
        String b3Trace = hex(32);
        Api.Response b3 = fileClaim(Map.of("b3", b3Trace + "-" + hex(16) + "-1",
                "X-B3-TraceId", b3Trace, "X-B3-SpanId", hex(16), "X-B3-Sampled", "1"));
        assertThat(b3.headers().firstValue("X-Trace-Id")).hasValueSatisfying(trace ->
                assertThat(trace).matches("[0-9a-f]{32}").isNotEqualTo(b3Trace));

        // requests are timed, without the long-task timer nothing reads
        for (ServiceProcess service : List.of(system.commandProcess(), system.queryProcess())) {
            String scraped = scrape(service);
            assertThat(scraped).as(service.name()).contains("http_server_requests_seconds_count{")
                    .doesNotContain("http_server_requests_active");
        }
    }

    private static Api.Response fileClaim(Map<String, String> headers) throws Exception {
        Api.Response filed = system.commands().post("/api/delivery-claims", "agent",
                Stories.deliveryClaim(Stories.uniqueCustomer()), headers);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed;
    }

    /** Random lower-case hex digits, as W3C and B3 write trace and span ids. */
    private static String hex(int digits) {
        StringBuilder hex = new StringBuilder(digits);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (hex.length() < digits) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    private static void awaitLine(ServiceProcess service, String traceId, String text) throws Exception {
        Optional<String> line = Poll.until(() -> {
            try (var lines = Files.lines(service.log())) {
                return lines.filter(l -> l.contains(text)).filter(l -> l.contains(traceId)).findFirst();
            }
        }, Optional::isPresent, Duration.ofSeconds(20));
        assertThat(line).as("a line of %s with trace %s: %s", service.name(), traceId, text).isPresent();
    }

    private static String scrape(ServiceProcess service) throws Exception {
        HttpResponse<String> scraped = get(service.managementUri("/actuator/prometheus"));
        assertThat(scraped.statusCode()).as(service.name()).isEqualTo(200);
        return scraped.body();
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return get(uri, null);
    }

    private static HttpResponse<String> get(URI uri, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a sample {@code name} whose labels contain {@code labels}, from Prometheus' text format. */
    static Optional<Double> value(String scraped, String name, String labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{([^}]*)})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = sample.matcher(scraped);
        while (m.find()) {
            String found = m.group(2) == null ? "" : m.group(2);
            if (found.contains(labels)) {
                return Optional.of(Double.parseDouble(m.group(3)));
            }
        }
        return Optional.empty();
    }
}
