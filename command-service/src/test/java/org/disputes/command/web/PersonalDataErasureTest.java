package org.disputes.command.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.privacy.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's personal data is stored only sealed under their own key, read in clear while the key lives, and
 * reads "[erased]" for good once the privacy officer erases them; the events, and so the hash chain, never change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class PersonalDataErasureTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;

    final String marker = "MARKER-" + UUID.randomUUID();
    final String customer = "CUST-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void personalDataIsSealedReadableAndThenErasedWithTheHistoryUnchanged() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = fileClaim(api);
        api.awaitProofRequested(List.of(caseId));
        CaseApi.Answer evidence = api.post("/api/cases/" + caseId + "/evidence", """
                {"party": "CARRIER", "type": "DELIVERY_PHOTO", "capturedAt": "2024-06-25T15:39:10Z",
                 "sha256": "%s", "uri": "https://evidence.example/%s", "description": "Photo of the porch %s",
                 "attributes": {"channel": "IN_PERSON", "signerName": "Name %s"}}"""
                .formatted(CaseApi.SHA, marker, marker, marker), "agent");
        assertThat(evidence.status()).as(evidence.text()).isEqualTo(202);

        // stored sealed: not in the events, nor anywhere in the command schema
        assertThat(storedPayloads(caseId)).doesNotContain(marker).contains("enc:v1:");
        assertThat(dump("command")).doesNotContain(marker);
        // read in clear by whoever reads the events while the key lives
        DeliveryClaimFiled filed = (DeliveryClaimFiled) payloads(caseId).get(0);
        assertThat(filed.statement()).isEqualTo("The parcel never came " + marker);
        EvidenceSubmitted submitted = evidenceOf(caseId);
        assertThat(submitted.description()).isEqualTo("Photo of the porch " + marker);
        assertThat(submitted.attributes().values()).containsEntry("signerName", "Name " + marker)
                .containsEntry("channel", "IN_PERSON");

        List<String> hashesBefore = hashes(caseId);
        CaseApi.Answer erased = erase(api, customer, "dpo");
        assertThat(erased.status()).as(erased.text()).isEqualTo(202);
        assertThat(erased.body().get("alreadyErased").asBoolean()).isFalse();
        assertThat(erased.body().get("eventsConcerned").asInt()).isEqualTo(3);

        DeliveryClaimFiled erasedFiling = (DeliveryClaimFiled) payloads(caseId).get(0);
        assertThat(erasedFiling.statement()).isEqualTo(PersonalData.ERASED);
        assertThat(erasedFiling.purchase().customerId()).isEqualTo(customer);
        assertThat(erasedFiling.claimedAmount()).isEqualTo(filed.claimedAmount());
        EvidenceSubmitted erasedEvidence = evidenceOf(caseId);
        assertThat(erasedEvidence.description()).isEqualTo(PersonalData.ERASED);
        assertThat(erasedEvidence.uri().toString()).isEqualTo(PersonalData.ERASED_URI);
        assertThat(erasedEvidence.attributes().values()).containsEntry("signerName", PersonalData.ERASED)
                .containsEntry("channel", "IN_PERSON");
        assertThat(erasedEvidence.sha256()).isEqualTo(submitted.sha256());
        assertThat(hashes(caseId)).as("the case's events and their hash chain").isEqualTo(hashesBefore);
        assertThat(keys(customer)).isZero();
        assertThat(erasures(customer)).isEqualTo(1);

        // erasing again changes nothing
        long events = api.eventsOf(caseId);
        CaseApi.Answer again = erase(api, customer, "dpo");
        assertThat(again.status()).as(again.text()).isEqualTo(202);
        assertThat(again.body().get("alreadyErased").asBoolean()).isTrue();
        assertThat(erasures(customer)).isEqualTo(1);
        assertThat(api.eventsOf(caseId)).isEqualTo(events);
        assertThat(hashes(caseId)).isEqualTo(hashesBefore);
    }

    @Test
    void onlyThePrivacyOfficerErases() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        fileClaim(api);
        for (String user : List.of("agent", "lead", "auditor", "carrier", "seller", "ops")) {
            CaseApi.Answer refused = erase(api, customer, user);
            assertThat(refused.status()).as(user).isEqualTo(403);
        }
        assertThat(erase(api, customer, null).status()).isEqualTo(401);
        assertThat(keys(customer)).isOne();
        assertThat(erasures(customer)).isZero();
    }

    @Test
    void badRequestsAndUnknownCustomersChangeNothing() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = fileClaim(api);
        api.awaitProofRequested(List.of(caseId));
        long events = api.eventsOf(caseId);
        CaseApi.Answer blank = api.post("/api/customers/" + customer + "/erasure", "{\"reference\": \" \"}", "dpo");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(blank.text()).contains("reference").contains("basis");
        CaseApi.Answer unknown = erase(api, "NOBODY-" + UUID.randomUUID().toString().substring(0, 8), "dpo");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("CUSTOMER_NOT_FOUND");
        assertThat(api.eventsOf(caseId)).isEqualTo(events);
        assertThat(keys(customer)).isOne();
    }

    private String fileClaim(CaseApi api) throws Exception {
        CaseApi.Answer filed = api.post("/api/delivery-claims", CaseApi.CLAIM.formatted(customer, "SELLER-1", "CARRIER-1")
                .replace("\"Never came.\"", "\"The parcel never came " + marker + "\""), "agent");
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.body().get("caseId").asString();
    }

    private static CaseApi.Answer erase(CaseApi api, String customerId, String user) throws Exception {
        return api.post("/api/customers/" + customerId + "/erasure",
                "{\"reference\": \"DSR-2026-0042\", \"basis\": \"GDPR art. 17(1)(a)\"}", user);
    }

    private String storedPayloads(String caseId) {
        return String.join("\n", jdbc.sql("""
                        select convert_from(payload, 'UTF8') from command.domain_event_entry
                        where aggregate_identifier = ? order by sequence_number""")
                .param(caseId).query(String.class).list());
    }

    private List<String> hashes(String caseId) {
        return jdbc.sql("""
                        select encode(hash, 'hex') || encode(payload, 'hex') from command.domain_event_entry
                        where aggregate_identifier = ? order by sequence_number""")
                .param(caseId).query(String.class).list();
    }

    private List<Object> payloads(String caseId) {
        return eventStore.readEvents(caseId).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast)
                .toList();
    }

    private EvidenceSubmitted evidenceOf(String caseId) {
        return payloads(caseId).stream().filter(EvidenceSubmitted.class::isInstance)
                .map(EvidenceSubmitted.class::cast).findFirst().orElseThrow();
    }

    private int keys(String customerId) {
        return jdbc.sql("select count(*) from command.customer_key where customer_id = ?").param(customerId)
                .query(Integer.class).single();
    }

    private int erasures(String customerId) {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where aggregate_identifier = ? and payload_type like '%.CustomerErased'""")
                .param(customerId).query(Integer.class).single();
    }

    /** What {@code pg_dump} of one schema of this run's database holds, as text. */
    private String dump(String schema) throws IOException, InterruptedException {
        String database = jdbc.sql("select current_database()").query(String.class).single();
        Process dump = new ProcessBuilder("pg_dump", "-U", "postgres", "-h", "localhost", "-n", schema, database)
                .redirectErrorStream(true).start();
        String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dump.waitFor()).as(text.lines().limit(5).toList().toString()).isZero();
        return text;
    }
}
