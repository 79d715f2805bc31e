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
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.adjudication.ReasonDetail;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md's party view, over real HTTP on a real PostgreSQL, role by role: the demo seller (party SELLER-1) and carrier
 * (CARRIER-1) list and read only the cases that name them, without signals, the customer's other cases, an agent's
 * fraud suspicion, or the uri and description of evidence other parties submitted; another party's case is a case
 * nobody filed; an agent still reads everything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartyViewTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final Instant T0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    static final String SIGNAL_SENTENCE = "Signal OTP_REMOTE_DISCLOSURE: courier COURIER-PV is flagged, because the"
            + " code was given by phone.";
    static final String REPEAT_SENTENCE = "The customer has filed 3 other ITEM_NOT_RECEIVED claims in the"
            + " repeat-claimant period; 3 or more call for review.";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private final Map<String, Long> nextSequence = new HashMap<>();
    /** SELLER-1 and CARRIER-1, awaiting proof, with evidence of the carrier, the seller and the customer. */
    String ownOpen;
    /** SELLER-1 and CARRIER-1, escalated by the policy with a signal and the customer's other claims as reasons. */
    String ownDecided;
    /** SELLER-1 with another carrier, its window closing first. */
    String sellersOnly;
    /** CARRIER-1 with another seller. */
    String carriersOnly;
    /** Neither. */
    String nobodysHere;

    @BeforeAll
    void cases() throws Exception {
        ownOpen = claim("SELLER-1", "CARRIER-1", T0.plus(Duration.ofDays(3)));
        evidence(ownOpen, Party.CARRIER, "The courier's handset log");
        evidence(ownOpen, Party.SELLER, "The seller's dispatch note");
        evidence(ownOpen, Party.CUSTOMER, "My neighbour saw nobody come");
        onCase(ownOpen, "agent", new FraudSuspicionRecorded(CaseId.of(ownOpen), true, "Customer sounded rehearsed", T0));
        ownDecided = claim("SELLER-1", "CARRIER-1", T0.minus(Duration.ofDays(1)));
        onCase(ownDecided, "policy", new CaseDecided(CaseId.of(ownDecided), DecisionOutcome.ESCALATE,
                EscalationTier.FRAUD_REVIEW, null, "bop-2026.1", List.of("INR-1"),
                List.of(REPEAT_SENTENCE, "Repeat-claimant pattern: the case goes to fraud review.", SIGNAL_SENTENCE),
                List.of(), List.of(Signal.OTP_REMOTE_DISCLOSURE), "policy", T0, T0.plus(Duration.ofDays(2)),
                List.of(new ReasonDetail("INR-1.REPEAT_CLAIMANT", Map.of("otherClaims", "3", "threshold", "3")),
                        ReasonDetail.of("INR-1.FRAUD_REVIEW"),
                        new ReasonDetail("SIGNAL.OTP_REMOTE_DISCLOSURE", Map.of("courierId", "COURIER-PV")))));
        sellersOnly = claim("SELLER-1", "CARRIER-2", T0.plus(Duration.ofDays(1)));
        carriersOnly = claim("SELLER-2", "CARRIER-1", T0.plus(Duration.ofDays(2)));
        nobodysHere = claim("SELLER-2", "CARRIER-2", T0.plus(Duration.ofDays(1)));
        for (String caseId : List.of(ownOpen, ownDecided, sellersOnly, carriersOnly, nobodysHere)) {
            long version = nextSequence.get(caseId);
            assertThat(Poll.until(() -> get("/api/cases/" + caseId + "?minVersion=" + version, "agent").statusCode(),
                    status -> status == 200, PATIENCE)).as("case projected").isEqualTo(200);
        }
    }

    @Test
    void aSellerListsOnlyTheCasesNamingItAwaitingProofFirst() throws Exception {
        JsonNode page = json(get("/api/parties/me/cases?size=200", "seller"), 200);
        List<String> ids = ids(page);

        assertThat(ids).contains(ownOpen, ownDecided, sellersOnly).doesNotContain(carriersOnly, nobodysHere);
        assertThat(page.get("items").valueStream()).allSatisfy(item ->
                assertThat(item.get("sellerId").asString()).isEqualTo("SELLER-1"));
        assertThat(ids.indexOf(sellersOnly)).as("the window closing first first").isLessThan(ids.indexOf(ownOpen));
        assertAwaitingProofFirst(page);
        assertThat(page.get("total").asLong()).isEqualTo(ids.size());
    }

    @Test
    void aCarrierListsOnlyTheCasesNamingItAndMayNarrowThemByStatus() throws Exception {
        JsonNode page = json(get("/api/parties/me/cases?size=200", "carrier"), 200);

        assertThat(ids(page)).contains(ownOpen, ownDecided, carriersOnly).doesNotContain(sellersOnly, nobodysHere);
        assertThat(page.get("items").valueStream()).allSatisfy(item ->
                assertThat(item.get("carrierId").asString()).isEqualTo("CARRIER-1"));
        assertAwaitingProofFirst(page);

        JsonNode escalated = json(get("/api/parties/me/cases?status=ESCALATED&size=200", "carrier"), 200);
        assertThat(ids(escalated)).contains(ownDecided).doesNotContain(ownOpen, carriersOnly);
        assertThat(escalated.get("items").valueStream()).allSatisfy(item ->
                assertThat(item.get("status").asString()).isEqualTo("ESCALATED"));

        assertThat(get("/api/parties/me/cases?size=0", "carrier").statusCode()).isEqualTo(400);
        assertThat(get("/api/parties/me/cases?status=LOST", "carrier").statusCode()).isEqualTo(400);
    }

    @Test
    void anotherPartysCaseIsACaseNobodyFiled() throws Exception {
        HttpResponse<String> carrierOnSellersOnly = get("/api/cases/" + sellersOnly, "carrier");
        assertThat(carrierOnSellersOnly.statusCode()).isEqualTo(404);
        assertThat(carrierOnSellersOnly.body()).contains("\"CASE_NOT_FOUND\"").doesNotContain("CARRIER-2");
        assertThat(get("/api/cases/" + carriersOnly, "seller").statusCode()).isEqualTo(404);
        assertThat(get("/api/cases/" + nobodysHere, "seller").statusCode()).isEqualTo(404);
        assertThat(get("/api/cases/" + nobodysHere + "?minVersion=1", "carrier").statusCode())
                .as("waits as for a case nobody filed, then says it is not there yet").isEqualTo(503);
        assertThat(get("/api/cases/" + carriersOnly, "carrier").statusCode()).isEqualTo(200);
    }

    @Test
    void aCarrierReadsItsOwnEvidenceWholeAndOnlyTheFactsOfOthers() throws Exception {
        JsonNode view = json(get("/api/cases/" + ownOpen + "?minVersion=1", "carrier"), 200);

        assertThat(view.has("signals")).isFalse();
        assertThat(view.has("fraudSuspicion")).isFalse();
        assertThat(view.get("responseDueBy").asString()).isNotBlank();
        assertThat(view.get("evidence").valueStream()).hasSize(3).allSatisfy(item -> {
            boolean own = item.get("party").asString().equals("CARRIER");
            assertThat(item.has("uri")).as(item.toString()).isEqualTo(own);
            assertThat(item.has("description")).as(item.toString()).isEqualTo(own);
            assertThat(item.get("sha256").asString()).hasSize(64);
        });
        assertThat(view.toString()).doesNotContain("My neighbour", "dispatch note", "rehearsed");
    }

    @Test
    void aSellerReadsTheDecisionWithoutSignalsOrTheCustomersOtherCases() throws Exception {
        JsonNode view = json(get("/api/cases/" + ownDecided, "seller"), 200);
        JsonNode decision = view.get("decision");

        assertThat(view.has("signals")).isFalse();
        assertThat(decision.get("outcome").asString()).isEqualTo("ESCALATE");
        assertThat(decision.get("reasons").valueStream().map(JsonNode::asString))
                .containsExactly("Repeat-claimant pattern: the case goes to fraud review.");
        assertThat(decision.get("reasonDetails").valueStream().map(detail -> detail.get("code").asString()))
                .containsExactly("INR-1.FRAUD_REVIEW");
        assertThat(view.get("escalation").get("tier").asString()).isEqualTo("FRAUD_REVIEW");
        assertThat(view.get("escalation").has("reasons")).isFalse();
        assertThat(view.toString()).doesNotContain("OTP_REMOTE_DISCLOSURE", "other ITEM_NOT_RECEIVED claims");

        JsonNode own = json(get("/api/cases/" + ownOpen, "seller"), 200);
        assertThat(own.get("evidence").valueStream()).allSatisfy(item ->
                assertThat(item.has("uri")).isEqualTo(item.get("party").asString().equals("SELLER")));
    }

    @Test
    void theCustomersStatementIsReadByThePeopleDecidingAndNeverByASellerOrACarrier() throws Exception {
        assertThat(json(get("/api/cases/" + ownOpen, "agent"), 200).get("statement").asString())
                .isEqualTo("Never came.");
        for (String party : List.of("seller", "carrier")) {
            JsonNode view = json(get("/api/cases/" + ownOpen, party), 200);
            assertThat(view.has("statement")).as(party).isFalse();
            assertThat(view.toString()).as(party).doesNotContain("Never came.");
        }
    }

    @Test
    void anAgentStillReadsEverything() throws Exception {
        JsonNode decided = json(get("/api/cases/" + ownDecided, "agent"), 200);
        assertThat(decided.get("signals").valueStream().map(JsonNode::asString)).containsExactly("OTP_REMOTE_DISCLOSURE");
        assertThat(decided.get("decision").get("reasons").valueStream().map(JsonNode::asString))
                .contains(SIGNAL_SENTENCE, REPEAT_SENTENCE);
        assertThat(decided.get("decision").get("reasonDetails").valueStream()).hasSize(3);
        assertThat(decided.get("escalation").get("reasons").valueStream()).hasSize(3);

        JsonNode open = json(get("/api/cases/" + ownOpen, "agent"), 200);
        assertThat(open.get("fraudSuspicion").get("note").asString()).isEqualTo("Customer sounded rehearsed");
        assertThat(open.get("evidence").valueStream()).allSatisfy(item -> {
            assertThat(item.get("uri").asString()).startsWith("https://evidence.example/");
            assertThat(item.get("description").asString()).isNotBlank();
        });
        assertThat(get("/api/cases/" + nobodysHere, "agent").statusCode()).isEqualTo(200);
        assertThat(get("/api/parties/me/cases", "agent").statusCode()).isEqualTo(403);
    }

    @Test
    void timelinesAndEverythingElseStayClosedToParties() throws Exception {
        for (String party : List.of("seller", "carrier")) {
            assertThat(get("/api/cases/" + ownOpen + "/timeline", party).statusCode()).as(party).isEqualTo(403);
            assertThat(get("/api/cases?size=1", party).statusCode()).as(party).isEqualTo(403);
            assertThat(get("/api/audit/cases/" + ownOpen + "/state?asOf=2999-01-01T00:00:00Z", party).statusCode())
                    .as(party).isEqualTo(403);
        }
    }

    private static void assertAwaitingProofFirst(JsonNode page) {
        List<JsonNode> items = page.get("items").valueStream().toList();
        boolean pastOpen = false;
        Instant previousDue = Instant.MIN;
        for (JsonNode item : items) {
            boolean open = item.get("status").asString().equals("OPEN");
            assertThat(open && pastOpen).as("an open case after a case no longer open: " + item).isFalse();
            if (open) {
                Instant due = Instant.parse(item.get("responseDueBy").asString());
                assertThat(due).as("open cases by the end of their window").isAfterOrEqualTo(previousDue);
                previousDue = due;
            } else {
                pastOpen = true;
            }
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("caseId").asString()));
        return ids;
    }

    private String claim(String sellerId, String carrierId, Instant responseDueBy) {
        CaseId id = CaseId.random();
        Purchase purchase = new Purchase("IT-PV-" + id, "CUST-PV", sellerId, carrierId, "COURIER-PV",
                new Jurisdiction("FR"), Money.of("100.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "100.00")));
        onCase(id.toString(), "agent", new DeliveryClaimFiled(id, purchase, Money.of("100.00", "EUR"),
                DeliveryMethod.SECURE_OTP, T0.minusSeconds(3600), "Never came.", T0, responseDueBy));
        return id.toString();
    }

    private void evidence(String caseId, Party party, String description) {
        EvidenceId id = EvidenceId.random();
        onCase(caseId, party.name().toLowerCase(), new EvidenceSubmitted(CaseId.of(caseId), id, party,
                EvidenceType.WITNESS_STATEMENT, T0, Sha256.of("a".repeat(64)),
                URI.create("https://evidence.example/" + id), description, EvidenceAttributes.NONE, T0));
    }

    private void onCase(String caseId, String actor, Object event) {
        long sequence = nextSequence.merge(caseId, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", caseId, sequence, event,
                MetaData.with("actor", actor)));
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
