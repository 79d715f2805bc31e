package org.disputes.acceptance;

import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, end to end: a customer's personal data is never in clear in the command side's tables, reads in clear
 * to an agent, and once the privacy officer erases the customer it reads "[erased]" on every read path, is in no
 * table of the database and in no log, while the audit chain verifies, the past can still be replayed, the
 * decision and the refund stand, a rebuild yields the same erased views, and erasing again changes nothing.
 */
class PersonalDataErasureTest {

    private static final String ERASED = "[erased]";
    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void aCustomersPersonalDataIsErasedEverywhereWhileTheAuditChainStillVerifies() throws Exception {
        String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
        String customer = Stories.uniqueCustomer();
        Map<String, Object> claim = Stories.deliveryClaim(customer);
        claim.put("statement", "The courier phoned and asked for my code " + marker);
        // under Idempotency-Keys, so that the stored responses are in the dump too
        Api.Response filed = system.commands().post("/api/delivery-claims", "agent", claim,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String caseId = filed.at("/caseId");
        Map<String, Object> evidence = Stories.evidence("CUSTOMER", "COMMUNICATION_LOG",
                Map.of("otpRequestedRemotely", true));
        evidence.put("description", "My call log of that evening " + marker);
        evidence.put("uri", "https://evidence.example/" + marker + "/call-log");
        Api.Response added = system.commands().post("/api/cases/" + caseId + "/evidence", "agent", evidence,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(added.status()).as(added.text()).isEqualTo(202);
        Api.Response reported = system.commands().post("/api/scam-reports", "agent", Map.of(
                "channel", "PHONE", "contact", "+33 1 45 67 89 12", "country", "FR", "impersonatedBrand", "Amazon",
                "customerId", customer, "caseId", caseId, "description", "They called me at home " + marker));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);

        JsonNode decided = Poll.until(() -> view(caseId), v -> v.hasNonNull("decision")
                && !"OPEN".equals(v.path("status").asString()) && v.path("evidence").size() == 1, Steps.PATIENCE);
        // the agent reads the customer's words; the command side's tables never held them in clear
        assertThat(decided.toString()).contains("asked for my code " + marker).contains("call log of that evening " + marker);
        assertThat(dump("command")).doesNotContain(marker);

        for (String user : List.of("agent", "lead", "auditor", "carrier", "seller", "ops")) {
            assertThat(erase(customer, user).status()).as(user + " may not erase").isEqualTo(403);
        }
        assertThat(system.queries().get("/api/erasures", "agent").status()).isEqualTo(403);

        Api.Response erased = erase(customer, "dpo");
        assertThat(erased.status()).as(erased.text()).isEqualTo(202);
        assertThat(erased.body().path("alreadyErased").asBoolean()).isFalse();

        JsonNode view = Poll.until(() -> view(caseId), v -> ERASED.equals(v.path("statement").asString()),
                Steps.PATIENCE);
        assertThat(view.path("statement").asString()).isEqualTo(ERASED);
        assertThat(view.at("/evidence/0/description").asString()).isEqualTo(ERASED);
        assertThat(view.at("/evidence/0/uri").asString()).isEqualTo(ERASED);
        // the decision and the refund stand, as decided
        assertThat(view.path("status")).isEqualTo(decided.path("status"));
        assertThat(view.path("decision")).isEqualTo(decided.path("decision"));
        assertThat(view.path("refund")).isEqualTo(decided.path("refund"));

        Map<String, String> readPaths = Map.of(
                "the case", "/api/cases/" + caseId,
                "the timeline", "/api/cases/" + caseId + "/timeline",
                "the case list", "/api/cases?customerId=" + customer,
                "the audit events", "/api/audit/cases/" + caseId + "/events",
                "the state as of now", "/api/audit/cases/" + caseId + "/state?asOf=" + Instant.now(),
                "the export", "/api/audit/events?from=" + Instant.now().minus(Duration.ofHours(1)));
        for (Map.Entry<String, String> path : readPaths.entrySet()) {
            String user = path.getValue().startsWith("/api/audit") ? "auditor" : "agent";
            java.net.http.HttpResponse<String> read = raw(path.getValue(), user);
            assertThat(read.statusCode()).as(path.getKey()).isEqualTo(200);
            assertThat(read.body()).as(path.getKey()).doesNotContain(marker).isNotBlank();
        }
        assertThat(system.queries().get("/api/audit/cases/" + caseId + "/events", "auditor").text()).contains(ERASED);
        assertThat(system.queries().get("/api/audit/cases/" + caseId + "/state?asOf=" + Instant.now(), "auditor")
                .body().path("statement").asString()).isEqualTo(ERASED);
        assertThat(system.queries().get("/api/parties/me/cases", "seller").text()).doesNotContain(marker);
        Api.Response verified = system.queries().get("/api/audit/cases/" + caseId + "/verify", "auditor");
        assertThat(verified.body().path("valid").asBoolean()).as(verified.text()).isTrue();

        // the register, for the officer and the regulator
        for (String user : List.of("dpo", "auditor")) {
            Api.Response register = Poll.until(() -> system.queries().get("/api/erasures", user),
                    r -> r.text().contains(customer), Steps.PATIENCE);
            assertThat(register.status()).isEqualTo(200);
            JsonNode entry = entryOf(register.body(), customer);
            assertThat(entry.path("reference").asString()).isEqualTo("DSR-2026-0042");
            assertThat(entry.path("erasedBy").asString()).isEqualTo("dpo");
            assertThat(entry.path("eventsConcerned").asInt()).isGreaterThanOrEqualTo(4);
        }

        // nowhere in the database, views and timelines included, nor in any log
        assertThat(dump(null)).doesNotContain(marker);
        assertThat(logs()).doesNotContain(marker);

        // erasing again changes nothing
        Api.Response again = erase(customer, "dpo");
        assertThat(again.status()).as(again.text()).isEqualTo(202);
        assertThat(again.body().path("alreadyErased").asBoolean()).isTrue();
        assertThat(entriesOf(system.queries().get("/api/erasures", "dpo").body(), customer)).isEqualTo(1);

        // a rebuild yields the same erased views
        String timeline = system.queries().get("/api/cases/" + caseId + "/timeline", "agent").text();
        JsonNode before = view(caseId);
        system.restartQueries(List.of("--disputes.query.rebuild=true"));
        assertThat(Poll.until(() -> view(caseId), before::equals, Duration.ofSeconds(30))).isEqualTo(before);
        assertThat(system.queries().get("/api/cases/" + caseId + "/timeline", "agent").text()).isEqualTo(timeline);
        assertThat(entriesOf(system.queries().get("/api/erasures", "auditor").body(), customer)).isEqualTo(1);
        assertThat(dump(null)).doesNotContain(marker);
    }

    /** A read whose body need not be one JSON document (the export is one per line). */
    private static java.net.http.HttpResponse<String> raw(String path, String user) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        system.queryProcess().uri(path)).header("Authorization", DemoUsers.basic(user)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode view(String caseId) throws Exception {
        return system.queries().get("/api/cases/" + caseId, "agent").body();
    }

    private static Api.Response erase(String customer, String user) throws Exception {
        return system.commands().post("/api/customers/" + customer + "/erasure", user,
                Map.of("reference", "DSR-2026-0042", "basis", "GDPR art. 17(1)(a): consent withdrawn"));
    }

    private static JsonNode entryOf(JsonNode register, String customer) {
        for (JsonNode entry : register) {
            if (customer.equals(entry.path("customerId").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no erasure of " + customer + " in " + register);
    }

    private static long entriesOf(JsonNode register, String customer) {
        long count = 0;
        for (JsonNode entry : register) {
            count += customer.equals(entry.path("customerId").asString()) ? 1 : 0;
        }
        return count;
    }

    /** {@code pg_dump} of one schema of the run's database, or of all of it. */
    private static String dump(String schema) throws IOException, InterruptedException {
        String url = System.getProperty("DISPUTES_DB_URL");
        URI database = URI.create(url.substring("jdbc:".length()));
        List<String> command = new java.util.ArrayList<>(List.of("pg_dump", "-h", database.getHost(),
                "-p", String.valueOf(database.getPort() < 0 ? 5432 : database.getPort()),
                "-U", System.getProperty("DISPUTES_DB_USER")));
        if (schema != null) {
            command.addAll(List.of("-n", schema));
        }
        command.add(database.getPath().substring(1));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String password = System.getProperty("DISPUTES_DB_PASSWORD");
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process dump = builder.start();
        String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dump.waitFor()).as(text.lines().limit(5).toList().toString()).isZero();
        assertThat(text).contains("domain_event_entry");
        return text;
    }

    /** Everything the services started by the tests have written to their logs. */
    private static String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(RunningSystem.logs())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(all).as("the services' logs").contains("Started");
        return all.toString();
    }
}
