package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the people of the stories do, over HTTP, and how they wait for the system to answer. */
final class Steps {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private Steps() {
    }

    static String file(Map<String, Object> claim) throws Exception {
        Api.Response filed = RunningSystem.get().commands().post("/api/delivery-claims", "agent", claim);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.at("/caseId");
    }

    /** A scam report of a phone number, as an agent files it; the contact's id. */
    static String reportScamContact(String customerId, String phoneNumber) throws Exception {
        Api.Response reported = RunningSystem.get().commands().post("/api/scam-reports", "agent", Map.of(
                "channel", "PHONE", "contact", phoneNumber, "country", "FR", "impersonatedBrand", "Amazon",
                "customerId", customerId, "description", "They said they were the carrier and asked for my code."));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        return reported.at("/contactId");
    }

    static void addEvidence(String caseId, String user, Map<String, Object> evidence) throws Exception {
        Api.Response added = RunningSystem.get().commands().post("/api/cases/" + caseId + "/evidence", user, evidence);
        assertThat(added.status()).as(added.text()).isEqualTo(202);
    }

    static Api.Response decide(String caseId, String outcome) throws Exception {
        return RunningSystem.get().commands().post("/api/cases/" + caseId + "/decision", "lead",
                Map.of("outcome", outcome, "justification", "Weighed every item on the record, as POLICY.md asks."));
    }

    static JsonNode awaitStatus(String caseId, String status) throws Exception {
        JsonNode view = Poll.until(() -> RunningSystem.get().queries().get("/api/cases/" + caseId, "agent").body(),
                v -> status.equals(v.path("status").asString()), PATIENCE);
        assertThat(view.path("status").asString()).as(view.toString()).isEqualTo(status);
        return view;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    static List<String> tenders(JsonNode view) {
        List<String> tenders = new ArrayList<>();
        view.at("/refund/tenders").forEach(t -> tenders.add(t.get("method").asString() + " " + t.get("amount").asString()));
        return tenders;
    }

}
