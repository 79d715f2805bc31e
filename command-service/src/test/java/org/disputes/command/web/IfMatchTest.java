package org.disputes.command.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code If-Match} on the case commands (API.md, "Reliability headers") over real HTTP: a command sent with the
 * version its sender saw applies only to the case at that version, else 412 {@code VERSION_CONFLICT} and nothing
 * stored; every accepted case command answers its new version as the {@code ETag}. And many writers on one case
 * at once are all recorded, one after the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IfMatchTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;

    CaseApi api;
    /** an open claim at version 2: filed, and proof requested */
    String open;
    /** at version 3: escalated */
    String escalated;
    /** at version 4: denied by a person */
    String denied;

    @BeforeEach
    void cases() throws Exception {
        api = new CaseApi(port, jdbc, eventStore);
        open = api.fileClaim("SELLER-1", "CARRIER-1");
        escalated = api.fileClaim("SELLER-1", "CARRIER-1");
        denied = api.fileClaim("SELLER-1", "CARRIER-1");
        api.awaitProofRequested(List.of(open, escalated, denied));
        api.escalate(escalated);
        api.escalate(denied);
        api.deny(denied);
    }

    @Test
    void eachCaseCommandAtTheCurrentVersionIsAcceptedAndAnswersTheNewVersionAsETag() throws Exception {
        CaseApi.Answer evidence = api.post("/api/cases/" + open + "/evidence", CaseApi.evidence("CARRIER"), "agent",
                ifMatch("\"2\""));
        assertThat(evidence.status()).as(evidence.text()).isEqualTo(202);
        assertThat(evidence.body().get("version").asLong()).isEqualTo(3);
        assertThat(evidence.etag()).isEqualTo("\"3\"");

        // bare, as some clients send it
        CaseApi.Answer fraud = api.post("/api/cases/" + open + "/fraud-suspicion", CaseApi.FRAUD, "agent",
                ifMatch("3"));
        assertThat(fraud.status()).as(fraud.text()).isEqualTo(202);
        assertThat(fraud.etag()).isEqualTo("\"4\"");

        CaseApi.Answer decision = api.post("/api/cases/" + escalated + "/decision", CaseApi.DECISION, "lead",
                ifMatch("\"3\""));
        assertThat(decision.status()).as(decision.text()).isEqualTo(202);
        assertThat(decision.etag()).isEqualTo("\"4\"");

        CaseApi.Answer appeal = api.post("/api/cases/" + denied + "/appeal", CaseApi.APPEAL, "agent",
                ifMatch("\"4\""));
        assertThat(appeal.status()).as(appeal.text()).isEqualTo(202);
        assertThat(appeal.etag()).isEqualTo("\"5\"");
    }

    @Test
    void eachCaseCommandOnACaseThatMovedOnIs412AndStoresNothing() throws Exception {
        assertStale("/api/cases/" + open + "/evidence", CaseApi.evidence("CARRIER"), "agent", open, 1, 2);
        assertStale("/api/cases/" + open + "/fraud-suspicion", CaseApi.FRAUD, "agent", open, 1, 2);
        assertStale("/api/cases/" + escalated + "/decision", CaseApi.DECISION, "lead", escalated, 2, 3);
        assertStale("/api/cases/" + denied + "/appeal", CaseApi.APPEAL, "agent", denied, 3, 4);
        // a version the case never had does not match either
        assertStale("/api/cases/" + open + "/evidence", CaseApi.evidence("CARRIER"), "agent", open, 7, 2);
        assertStale("/api/cases/" + open + "/evidence", CaseApi.evidence("CARRIER"), "agent", open, 0, 2);
    }

    @Test
    void aCarrierOrSellerIsHeldToTheVersionToo() throws Exception {
        assertStale("/api/cases/" + open + "/evidence", CaseApi.evidence("CARRIER"), "carrier", open, 1, 2);
        assertThat(api.post("/api/cases/" + open + "/evidence", CaseApi.evidence("SELLER"), "seller",
                ifMatch("\"2\"")).status()).isEqualTo(202);
    }

    @Test
    void anyVersionMatchesTheWildcardAndNoIfMatchChecksNothing() throws Exception {
        CaseApi.Answer any = api.post("/api/cases/" + open + "/evidence", CaseApi.evidence("CARRIER"), "agent",
                ifMatch("*"));
        assertThat(any.status()).as(any.text()).isEqualTo(202);
        CaseApi.Answer unconditional = api.post("/api/cases/" + open + "/fraud-suspicion", CaseApi.FRAUD, "agent");
        assertThat(unconditional.status()).isEqualTo(202);
        assertThat(unconditional.etag()).isEqualTo("\"4\"");
    }

    @ParameterizedTest(name = "If-Match: [{0}]")
    @ValueSource(strings = {"abc", "-1", "1.5", "\"2", "2\"", "W/\"2\"", "\"\"", " ", "\"2\", \"3\"", "0x2",
            "99999999999999999999"})
    void aMalformedIfMatchIs400NamingTheHeaderAndStoresNothing(String value) throws Exception {
        for (String command : List.of("evidence", "fraud-suspicion", "decision", "appeal")) {
            String body = Map.of("evidence", CaseApi.evidence("CARRIER"), "fraud-suspicion", CaseApi.FRAUD,
                    "decision", CaseApi.DECISION, "appeal", CaseApi.APPEAL).get(command);
            String user = command.equals("decision") ? "lead" : "agent";
            CaseApi.Answer answer = api.post("/api/cases/" + open + "/" + command, body, user, ifMatch(value));
            assertThat(answer.status()).as(command + ": " + answer.text()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(answer.body().get("errors").findValuesAsString("field")).containsExactly("If-Match");
        }
        assertThat(api.eventsOf(open)).isEqualTo(2);
    }

    @Test
    void fiftyConcurrentSubmissionsToOneCaseAreAllRecordedEachAtItsOwnVersion() throws Exception {
        int writers = 50;
        List<CaseApi.Answer> answers = concurrently(writers, i -> api.post("/api/cases/" + open + "/evidence",
                withEvidenceId(CaseApi.evidence(i % 2 == 0 ? "CARRIER" : "SELLER")), "agent"));

        assertThat(answers).extracting(CaseApi.Answer::status).containsOnly(202);
        assertThat(api.eventsOf(open, "EvidenceSubmitted")).isEqualTo(writers);
        Set<Long> versions = answers.stream().map(a -> a.body().get("version").asLong()).collect(Collectors.toSet());
        assertThat(versions).as("every submission at a version of its own")
                .isEqualTo(LongStream.rangeClosed(3, 2 + writers).boxed().collect(Collectors.toSet()));
        assertThat(answers).allSatisfy(a -> assertThat(a.etag()).isEqualTo("\"" + a.body().get("version").asLong()
                + "\""));
    }

    @Test
    void ofTenConcurrentCommandsSentWithOneVersionExactlyOneIsAccepted() throws Exception {
        int writers = 10;
        List<CaseApi.Answer> answers = concurrently(writers, i -> api.post("/api/cases/" + open + "/evidence",
                withEvidenceId(CaseApi.evidence("CARRIER")), "agent", ifMatch("\"2\"")));

        assertThat(answers).extracting(CaseApi.Answer::status).containsOnly(202, 412);
        assertThat(answers).filteredOn(a -> a.status() == 202).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 412)
                .allSatisfy(a -> assertThat(a.code()).isEqualTo("VERSION_CONFLICT"));
        assertThat(api.eventsOf(open, "EvidenceSubmitted")).isEqualTo(1);
    }

    private void assertStale(String path, String body, String user, String caseId, long stale, long current)
            throws Exception {
        long before = api.eventsOf(caseId);
        CaseApi.Answer answer = api.post(path, body, user, ifMatch("\"" + stale + "\""));
        assertThat(answer.status()).as(path + " If-Match " + stale + ": " + answer.text()).isEqualTo(412);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("VERSION_CONFLICT");
        assertThat(answer.etag()).as("the version the case is at").isEqualTo("\"" + current + "\"");
        assertThat(answer.text()).doesNotContain("Exception", "org.", "java.");
        assertThat(api.eventsOf(caseId)).as("nothing stored").isEqualTo(before);
    }

    interface Request {
        CaseApi.Answer send(int index) throws Exception;
    }

    /** Sends {@code count} requests at once: each on its own thread, all released together by a start gate. */
    private static List<CaseApi.Answer> concurrently(int count, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CaseApi.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<CaseApi.Answer> task = () -> {
                    ready.countDown();
                    start.await();
                    return request.send(index);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<CaseApi.Answer> answers = new ArrayList<>();
            for (Future<CaseApi.Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String withEvidenceId(String evidence) {
        return evidence.replace("{\"party\"", "{\"evidenceId\": \"" + UUID.randomUUID() + "\", \"party\"");
    }

    private static Map<String, String> ifMatch(String value) {
        return Map.of(CaseVersions.IF_MATCH, value);
    }
}
