package org.disputes.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** S9: the regulator audits S1 — attributed history, verification, tampering detected, the past as it was. */
class RegulatorsViewTest {

    @BeforeAll
    static void start() throws Exception {
        RunningSystem.get();
    }

    @Test
    void s9_theRegulatorSeesEveryFactWithItsAuthorAndDetectsAnAlteredEvent() throws Exception {
        String caseId = theCodeGivenByPhone();
        Api queries = RunningSystem.get().queries();

        JsonNode events = queries.get("/api/audit/cases/" + caseId + "/events", "auditor").body();
        assertThat(events.size()).isGreaterThanOrEqualTo(6);
        String previousHash = "0".repeat(64);
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            assertThat(event.get("sequence").asLong()).isEqualTo(i);
            assertThat(event.at("/metadata/actor").asString()).isNotBlank();
            assertThat(event.at("/metadata/role").asString()).isNotBlank();
            assertThat(event.at("/metadata/correlationId").asString()).isNotBlank();
            assertThat(event.get("previousHash").asString()).isEqualTo(previousHash);
            previousHash = event.get("hash").asString();
        }
        JsonNode filed = events.get(0);
        assertThat(filed.get("type").asString()).isEqualTo("DeliveryClaimFiled");
        assertThat(filed.at("/metadata/actor").asString()).isEqualTo("agent");
        assertThat(filed.at("/metadata/correlationId").asString()).isEqualTo("S9-" + caseId.substring(0, 8));
        JsonNode decided = find(events, "CaseDecided");
        assertThat(decided.at("/metadata/actor").asString()).isEqualTo("policy");
        assertThat(decided.at("/metadata/policyVersion").asString()).isEqualTo("bop-2026.1");
        assertThat(decided.at("/metadata/correlationId").asString())
                .as("the saga's decision traces back to the filing request")
                .isEqualTo("S9-" + caseId.substring(0, 8));
        assertThat(decided.at("/payload/rules/0").asString()).isEqualTo("INR-2");

        assertThat(queries.get("/api/audit/cases/" + caseId + "/verify", "auditor").body().get("valid").asBoolean())
                .isTrue();

        Instant windowClosed = Instant.parse(decided.get("occurredAt").asString());
        JsonNode before = queries.get("/api/audit/cases/" + caseId + "/state?asOf=" + windowClosed.minusMillis(1),
                "auditor").body();
        assertThat(before.get("status").asString()).isEqualTo("OPEN");
        assertThat(before.get("decision").isNull()).isTrue();
        JsonNode after = queries.get("/api/audit/cases/" + caseId + "/state?asOf=" + Instant.now(), "auditor").body();
        assertThat(after.get("status").asString()).isEqualTo("REFUNDED");

        rewrite("update command.domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'IN_PERSON', 'PHONE'), 'UTF8') where aggregate_identifier = ? and payload_type like '%EvidenceSubmitted'"
                + " and convert_from(payload, 'UTF8') like '%IN_PERSON%'", caseId);
        JsonNode verify = queries.get("/api/audit/cases/" + caseId + "/verify", "auditor").body();
        assertThat(verify.get("valid").asBoolean()).isFalse();
        assertThat(verify.get("brokenAtSequence").asLong()).isEqualTo(sequenceOf(events, "OTP_CONFIRMATION"));
        assertThat(verify.get("detail").asString()).contains("altered");
    }

    @Test
    void deletingOrReorderingStoredEventsIsDetectedAtTheirSequence() throws Exception {
        Api queries = RunningSystem.get().queries();
        String deleted = theCodeGivenByPhone();
        rewrite("delete from command.domain_event_entry where aggregate_identifier = ? and sequence_number = 2", deleted);
        JsonNode afterDeletion = queries.get("/api/audit/cases/" + deleted + "/verify", "auditor").body();
        assertThat(afterDeletion.get("valid").asBoolean()).isFalse();
        assertThat(afterDeletion.get("brokenAtSequence").asLong()).isEqualTo(2);

        String reordered = theCodeGivenByPhone();
        rewrite("update command.domain_event_entry set sequence_number = case sequence_number when 1 then 1001"
                + " when 2 then 1002 else sequence_number end where aggregate_identifier = ?", reordered);
        rewrite("update command.domain_event_entry set sequence_number = case sequence_number when 1001 then 2"
                + " when 1002 then 1 else sequence_number end where aggregate_identifier = ?", reordered);
        JsonNode afterSwap = queries.get("/api/audit/cases/" + reordered + "/verify", "auditor").body();
        assertThat(afterSwap.get("valid").asBoolean()).isFalse();
        assertThat(afterSwap.get("brokenAtSequence").asLong()).isEqualTo(1);
    }

    @Test
    void eventsCannotBeRewrittenThroughOrdinaryAccess() throws Exception {
        String caseId = theCodeGivenByPhone();
        try (Connection db = database(); var update = db.prepareStatement(
                "update command.domain_event_entry set payload = '\\x00' where aggregate_identifier = ?")) {
            update.setString(1, caseId);
            org.assertj.core.api.Assertions.assertThatThrownBy(update::executeUpdate)
                    .hasMessageContaining("events are immutable");
        }
    }

    /** S1, filed under a correlation id of the test's choosing. */
    private static String theCodeGivenByPhone() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> claim = Stories.deliveryClaim(Stories.uniqueCustomer());
        claim.put("caseId", caseId);
        Api.Response filed = RunningSystem.get().commands().post("/api/delivery-claims", "agent", claim,
                Map.of("X-Correlation-Id", "S9-" + caseId.substring(0, 8)));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        Steps.addEvidence(caseId, "agent", Stories.evidence("CUSTOMER", "COMMUNICATION_LOG", Map.of("otpRequestedRemotely", true)));
        Steps.addEvidence(caseId, "carrier", Stories.evidence("CARRIER", "OTP_CONFIRMATION", Map.of("channel", "IN_PERSON")));
        Steps.addEvidence(caseId, "carrier", Stories.evidence("CARRIER", "CARRIER_SCAN", Map.of()));
        Steps.awaitStatus(caseId, "REFUNDED");
        return caseId;
    }

    private static JsonNode find(JsonNode events, String type) {
        for (JsonNode event : events) {
            if (type.equals(event.get("type").asString())) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " in " + events);
    }

    private static long sequenceOf(JsonNode events, String evidenceType) {
        for (JsonNode event : events) {
            if (evidenceType.equals(event.at("/payload/type").asString())) {
                return event.get("sequence").asLong();
            }
        }
        throw new AssertionError("no " + evidenceType + " evidence in " + events);
    }

    /** What only someone with the database's superuser rights could do: switch the guard off and rewrite. */
    private static void rewrite(String sql, String caseId) throws SQLException {
        try (Connection db = database()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local session_replication_role = replica");
            try (var statement = db.prepareStatement(sql)) {
                statement.setString(1, caseId);
                assertThat(statement.executeUpdate()).isPositive();
            }
            db.commit();
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("DISPUTES_DB_URL"),
                System.getProperty("DISPUTES_DB_USER"), System.getProperty("DISPUTES_DB_PASSWORD"));
    }
}
