package org.disputes.command.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.command.cases.CaseParties;
import org.disputes.testsupport.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md's "Who may do what" and SCENARIOS.md S8, over real HTTP on the whole command service: every command
 * endpoint as every role, and the binding of carriers and sellers to their own party and their own cases. Each
 * row acts on a case of its own, in the state its command needs, so an allowed command succeeds and a refused one
 * is refused for who sent it, not for the state of the case. A refusal stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String OWN_SELLER = "SELLER-1";
    static final String OWN_CARRIER = "CARRIER-1";
    static final String OTHER_SELLER = "SELLER-2";
    static final String OTHER_CARRIER = "CARRIER-2";

    /** What a row acts on. */
    enum Target {
        /** a new case: the filing endpoints */
        NONE,
        /** an open delivery claim against SELLER-1 and CARRIER-1, the demo seller's and carrier's */
        OWN_CLAIM,
        /** an open delivery claim against SELLER-2 and CARRIER-2 */
        OTHER_CLAIM,
        /** an open customer dispute against SELLER-1, with no carrier */
        OWN_DISPUTE,
        /** a delivery claim of SELLER-1 and CARRIER-1 waiting for the escalation team */
        ESCALATED,
        /** a delivery claim of SELLER-1 and CARRIER-1 denied by a person, inside the appeal window */
        DENIED,
        /** no case has this id */
        UNKNOWN
    }

    record Row(String name, String path, Target target, String body, String user, int status, String code) {
        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    static final String[] EVERYONE = {"agent", "lead", "auditor", "carrier", "seller", "ops", "dpo", null};

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // the role matrix: every command endpoint as every role
        for (String user : EVERYONE) {
            rows.add(role("file a delivery claim", "/api/delivery-claims", Target.NONE, null, user, "agent", 201));
            rows.add(role("open a dispute", "/api/disputes", Target.NONE, null, user, "agent", 201));
            // carriers and sellers add evidence as their own party
            String party = "seller".equals(user) ? "SELLER" : "CARRIER";
            rows.add(role("add " + party + " evidence", "/evidence", Target.OWN_CLAIM, CaseApi.evidence(party), user,
                    "agent carrier seller", 202));
            rows.add(role("record a fraud suspicion", "/fraud-suspicion", Target.OWN_CLAIM, CaseApi.FRAUD, user,
                    "agent", 202));
            rows.add(role("decide an escalated case", "/decision", Target.ESCALATED, CaseApi.DECISION, user, "lead",
                    202));
            rows.add(role("appeal a denial", "/appeal", Target.DENIED, CaseApi.APPEAL, user, "agent", 202));
        }
        // carriers and sellers: only as their own party, only on their own cases; an unknown case is unknown
        rows.add(new Row("carrier adds CARRIER evidence to another carrier's case", "/evidence", Target.OTHER_CLAIM,
                CaseApi.evidence("CARRIER"), "carrier", 403, "FORBIDDEN"));
        rows.add(new Row("carrier adds SELLER evidence to its own case", "/evidence", Target.OWN_CLAIM,
                CaseApi.evidence("SELLER"), "carrier", 403, "FORBIDDEN"));
        rows.add(new Row("carrier adds evidence to a dispute that names no carrier", "/evidence", Target.OWN_DISPUTE,
                CaseApi.evidence("CARRIER"), "carrier", 403, "FORBIDDEN"));
        rows.add(new Row("carrier adds evidence to an unknown case", "/evidence", Target.UNKNOWN,
                CaseApi.evidence("CARRIER"), "carrier", 404, "CASE_NOT_FOUND"));
        rows.add(new Row("seller adds SELLER evidence to another seller's case", "/evidence", Target.OTHER_CLAIM,
                CaseApi.evidence("SELLER"), "seller", 403, "FORBIDDEN"));
        rows.add(new Row("seller adds CARRIER evidence to its own case", "/evidence", Target.OWN_CLAIM,
                CaseApi.evidence("CARRIER"), "seller", 403, "FORBIDDEN"));
        rows.add(new Row("seller adds SELLER evidence to its own dispute", "/evidence", Target.OWN_DISPUTE,
                CaseApi.evidence("SELLER"), "seller", 202, null));
        rows.add(new Row("seller adds evidence to an unknown case", "/evidence", Target.UNKNOWN,
                CaseApi.evidence("SELLER"), "seller", 404, "CASE_NOT_FOUND"));
        rows.add(new Row("agent adds SELLER evidence to any seller's case", "/evidence", Target.OTHER_CLAIM,
                CaseApi.evidence("SELLER"), "agent", 202, null));
        rows.add(new Row("agent adds evidence to an unknown case", "/evidence", Target.UNKNOWN,
                CaseApi.evidence("CARRIER"), "agent", 404, "CASE_NOT_FOUND"));
        // the role passes, the case's state does not
        rows.add(new Row("lead decides a case that is not escalated", "/decision", Target.OWN_CLAIM, CaseApi.DECISION,
                "lead", 409, "CASE_NOT_ESCALATED"));
        return rows;
    }

    /** A row of the role matrix: {@code allowed} users get {@code status}, anonymous 401, everyone else 403. */
    private static Row role(String what, String path, Target target, String body, String user, String allowed,
                            int status) {
        String as = user == null ? "anonymous" : user;
        String name = as + ": " + what;
        if (user == null) {
            return new Row(name, path, target, body, null, 401, "UNAUTHENTICATED");
        }
        boolean may = List.of(allowed.split(" ")).contains(user);
        return new Row(name, path, target, body, user, may ? status : 403, may ? null : "FORBIDDEN");
    }

    static Stream<Row> matrix() {
        return rows().stream();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    CaseParties caseParties;

    CaseApi api;
    private final Map<String, String> caseOfRow = new LinkedHashMap<>();

    @BeforeAll
    void aCaseForEveryRow() throws Exception {
        api = new CaseApi(port, jdbc, eventStore);
        for (Row row : rows()) {
            switch (row.target()) {
                case OWN_CLAIM:
                case ESCALATED:
                case DENIED:
                    caseOfRow.put(row.name(), api.fileClaim(OWN_SELLER, OWN_CARRIER));
                    break;
                case OTHER_CLAIM:
                    caseOfRow.put(row.name(), api.fileClaim(OTHER_SELLER, OTHER_CARRIER));
                    break;
                case OWN_DISPUTE:
                    caseOfRow.put(row.name(), api.fileDispute(OWN_SELLER));
                    break;
                case UNKNOWN:
                    caseOfRow.put(row.name(), UUID.randomUUID().toString());
                    break;
                default:
                    break;
            }
        }
        List<String> filed = new ArrayList<>();
        rows().stream().filter(r -> r.target() != Target.NONE && r.target() != Target.UNKNOWN)
                .forEach(r -> filed.add(caseOfRow.get(r.name())));
        api.awaitProofRequested(filed);
        for (Row row : rows()) {
            if (row.target() == Target.ESCALATED || row.target() == Target.DENIED) {
                api.escalate(caseOfRow.get(row.name()));
            }
            if (row.target() == Target.DENIED) {
                api.deny(caseOfRow.get(row.name()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersAsApiMdSays(Row row) throws Exception {
        String caseId = caseOfRow.get(row.name());
        String path = row.target() == Target.NONE ? row.path() : "/api/cases/" + caseId + row.path();
        String body = row.body() != null ? row.body() : filing(row.path());
        long caseEventsBefore = caseId == null ? 0 : api.eventsOf(caseId);
        long filingsBefore = api.filings();

        CaseApi.Answer answer = api.post(path, body, row.user());

        assertThat(answer.status()).as(answer.text()).isEqualTo(row.status());
        if (row.status() >= 400) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.code()).isEqualTo(row.code());
            assertThat(answer.body().get("status").asInt()).isEqualTo(row.status());
            if (caseId != null) {
                assertThat(api.eventsOf(caseId)).as("nothing recorded on the case").isEqualTo(caseEventsBefore);
            }
            if (row.target() == Target.NONE) {
                assertThat(api.filings()).as("no case filed").isEqualTo(filingsBefore);
            }
        } else {
            assertThat(answer.body().get("version").asLong()).isPositive();
            assertThat(answer.etag()).isEqualTo("\"" + answer.body().get("version").asLong() + "\"");
        }
        if (row.status() == 401) {
            assertThat(answer.challenge()).startsWith("Basic");
        }
    }

    @Test
    void noCredentialsOrWrongOnesAre401() throws Exception {
        String caseId = api.fileClaim(OWN_SELLER, OWN_CARRIER);
        CaseApi.Answer wrongPassword = api.send(java.net.http.HttpRequest.newBuilder(
                        api.uri("/api/cases/" + caseId + "/fraud-suspicion"))
                .header("Content-Type", "application/json")
                .header("Authorization", DemoUsers.basic("agent", "not-the-password"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(CaseApi.FRAUD)));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("UNAUTHENTICATED");
    }

    /**
     * Cases filed before the case history recorded parties (or, for disputes, before it recorded them at all)
     * are bound to their parties all the same: their first event names them.
     */
    @Test
    void casesRecordedWithoutTheirPartiesAreStillBoundToThem() throws Exception {
        String oldClaim = api.fileClaim(OWN_SELLER, OWN_CARRIER);
        String oldOtherClaim = api.fileClaim(OTHER_SELLER, OTHER_CARRIER);
        String oldDispute = api.fileDispute(OWN_SELLER);
        api.awaitProofRequested(List.of(oldClaim, oldOtherClaim, oldDispute));
        jdbc.sql("update command.case_history set seller_id = null, carrier_id = null where case_id in (?, ?)")
                .params(UUID.fromString(oldClaim), UUID.fromString(oldOtherClaim)).update();
        jdbc.sql("delete from command.case_history where case_id = ?").param(UUID.fromString(oldDispute)).update();

        assertThat(caseParties.of(CaseId.of(oldClaim))).contains(new CaseParties.Parties(OWN_SELLER, OWN_CARRIER));
        assertThat(caseParties.of(CaseId.of(oldDispute))).contains(new CaseParties.Parties(OWN_SELLER, null));
        assertThat(caseParties.of(CaseId.random())).isEmpty();

        assertThat(api.post("/api/cases/" + oldClaim + "/evidence", CaseApi.evidence("CARRIER"), "carrier").status())
                .isEqualTo(202);
        assertThat(api.post("/api/cases/" + oldOtherClaim + "/evidence", CaseApi.evidence("CARRIER"), "carrier")
                .status()).isEqualTo(403);
        assertThat(api.post("/api/cases/" + oldDispute + "/evidence", CaseApi.evidence("SELLER"), "seller").status())
                .isEqualTo(202);
        assertThat(api.post("/api/cases/" + oldDispute + "/evidence", CaseApi.evidence("CARRIER"), "carrier")
                .status()).isEqualTo(403);
    }

    @Test
    void theMatrixCoversEveryCommandEndpointAsEveryRole() {
        Map<String, List<String>> usersByEndpoint = new LinkedHashMap<>();
        rows().stream().filter(r -> r.name().contains(": ")).forEach(r -> usersByEndpoint
                .computeIfAbsent(r.path(), p -> new ArrayList<>()).add(String.valueOf(r.user())));
        assertThat(usersByEndpoint).containsOnlyKeys("/api/delivery-claims", "/api/disputes", "/evidence",
                "/fraud-suspicion", "/decision", "/appeal");
        usersByEndpoint.values().forEach(users -> assertThat(users)
                .containsExactlyInAnyOrder("agent", "lead", "auditor", "carrier", "seller", "ops", "dpo", "null"));
    }

    private static String filing(String path) {
        return path.equals("/api/disputes")
                ? CaseApi.DISPUTE.formatted("CUST-" + UUID.randomUUID(), OWN_SELLER)
                : CaseApi.CLAIM.formatted("CUST-" + UUID.randomUUID(), OWN_SELLER, OWN_CARRIER);
    }
}
