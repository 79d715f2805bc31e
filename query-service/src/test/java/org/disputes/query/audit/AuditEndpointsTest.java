package org.disputes.query.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.ProofRequested;
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
import org.disputes.api.refund.RefundIssued;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.DemoUsers;
import org.junit.jupiter.api.Test;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The past as it was, and statistics over a known set of cases: events appended as the command side appends
 * them, read back over real HTTP from the query service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
class AuditEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    @Test
    void theStateAsOfEveryEventBoundaryIsTheViewTheLiveProjectionHadThen() throws Exception {
        CaseId caseId = CaseId.random();
        Instant t0 = Instant.parse("2030-06-03T08:00:00Z");
        List<Object> history = List.of(
                filed(caseId, t0, "FR"),
                evidence(caseId, t0.plusSeconds(60)),
                new ProofRequested(caseId, List.of(Party.SELLER, Party.CARRIER), t0.plus(Duration.ofDays(3)),
                        t0.plusSeconds(61)),
                decided(caseId, DecisionOutcome.ESCALATE, EscalationTier.TIER2, "INR-4", t0.plus(Duration.ofDays(3))),
                new EscalatedCaseDecided(caseId, DecisionOutcome.DENY, "Signed by the recipient at the door.", "lead",
                        t0.plus(Duration.ofDays(4)), t0.plus(Duration.ofDays(34))),
                new DecisionAppealed(caseId, "The signature is not mine.", EscalationTier.TIER2,
                        t0.plus(Duration.ofDays(5)), t0.plus(Duration.ofDays(19))),
                new EscalatedCaseDecided(caseId, DecisionOutcome.REFUND, "Footage shows nobody at the door.", "lead",
                        t0.plus(Duration.ofDays(6)), null),
                new RefundIssued(caseId, Money.of("1229.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "1229.00")),
                        "lead", t0.plus(Duration.ofDays(6))));
        List<Instant> at = new ArrayList<>();
        List<JsonNode> live = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Instant when = t0.plus(Duration.ofHours(i));
            append(caseId.toString(), i, history.get(i), when);
            at.add(when);
            live.add(awaitView(caseId.toString(), i + 1));
        }

        assertThat(get("/api/audit/cases/" + caseId + "/state?asOf=" + t0.minusMillis(1)).status()).isEqualTo(404);
        for (int i = 0; i < history.size(); i++) {
            Answer past = get("/api/audit/cases/" + caseId + "/state?asOf=" + at.get(i));
            assertThat(past.status()).isEqualTo(200);
            assertThat(past.body()).as("as of event " + i).isEqualTo(live.get(i));
            if (i + 1 < history.size()) {
                Answer justBefore = get("/api/audit/cases/" + caseId + "/state?asOf=" + at.get(i + 1).minusMillis(1));
                assertThat(justBefore.body()).as("just before event " + (i + 1)).isEqualTo(live.get(i));
            }
        }
        JsonNode escalated = get("/api/audit/cases/" + caseId + "/state?asOf=" + at.get(3)).body().get("decision");
        assertThat(escalated.get("reasonDetails").get(0).get("code").asString()).isEqualTo("SELLER_PROOF.MET");
        assertThat(escalated.get("reasonDetails").get(0).get("args").get("items").get(0).get("args").get("because")
                .get("code").asString()).as("nested reasons survive the event store").isEqualTo("WEIGHT.SIGNED_BY_RECIPIENT");
        JsonNode denied = get("/api/audit/cases/" + caseId + "/state?asOf=" + at.get(4)).body().get("decision");
        assertThat(denied.get("reasonDetails").get(0).get("code").asString()).isEqualTo("PERSON.JUSTIFICATION");
        assertThat(get("/api/audit/cases/" + caseId + "/verify").body().get("valid").asBoolean()).isTrue();
        assertThat(get("/api/audit/cases/" + caseId + "/state?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void statisticsCountAKnownSetOfCases() throws Exception {
        Instant t = Instant.parse("2031-02-03T10:00:00Z");
        CaseId refundedByPolicy = CaseId.random();
        append(refundedByPolicy.toString(), 0, filed(refundedByPolicy, t, "FR"), t);
        append(refundedByPolicy.toString(), 1, decided(refundedByPolicy, DecisionOutcome.REFUND, null, "INR-2",
                t.plus(Duration.ofHours(2))), t.plus(Duration.ofHours(2)));
        append(refundedByPolicy.toString(), 2, new RefundIssued(refundedByPolicy, Money.of("1229.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "1229.00")), "policy", t.plus(Duration.ofHours(2))),
                t.plus(Duration.ofHours(2)));

        CaseId deniedByLead = CaseId.random();
        append(deniedByLead.toString(), 0, filed(deniedByLead, t, "FR"), t);
        append(deniedByLead.toString(), 1, decided(deniedByLead, DecisionOutcome.ESCALATE, EscalationTier.TIER2, "INR-4",
                t.plus(Duration.ofHours(4))), t.plus(Duration.ofHours(4)));
        append(deniedByLead.toString(), 2, new EscalationOverdue(deniedByLead, EscalationTier.TIER2, EscalationTier.TIER3,
                t.plus(Duration.ofHours(8)), t.plus(Duration.ofHours(20)), t.plus(Duration.ofHours(8))),
                t.plus(Duration.ofHours(8)));
        append(deniedByLead.toString(), 3, new EscalatedCaseDecided(deniedByLead, DecisionOutcome.DENY,
                "Signed by the recipient at the door.", "lead", t.plus(Duration.ofHours(10)),
                t.plus(Duration.ofDays(30))), t.plus(Duration.ofHours(10)));

        CaseId open = CaseId.random();
        append(open.toString(), 0, filed(open, t, "FR"), t);

        CaseId elsewhere = CaseId.random();
        append(elsewhere.toString(), 0, filed(elsewhere, t, "DE"), t);
        append(elsewhere.toString(), 1, decided(elsewhere, DecisionOutcome.REFUND, null, "INR-2",
                t.plus(Duration.ofHours(6))), t.plus(Duration.ofHours(6)));
        append(elsewhere.toString(), 2, new RefundIssued(elsewhere, Money.of("1229.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "1229.00")), "policy", t.plus(Duration.ofHours(6))),
                t.plus(Duration.ofHours(6)));
        awaitView(refundedByPolicy.toString(), 3);
        awaitView(deniedByLead.toString(), 4);
        awaitView(open.toString(), 1);
        awaitView(elsewhere.toString(), 3);

        String range = "from=2031-01-01T00:00:00Z&to=2032-01-01T00:00:00Z";
        JsonNode fr = get("/api/stats?" + range + "&jurisdiction=FR").body();
        assertThat(fr.get("cases").asLong()).isEqualTo(3);
        assertThat(JSON.convertValue(fr.get("byStatus"), Map.class)).isEqualTo(Map.of("REFUNDED", 1, "DENIED", 1, "OPEN", 1));
        assertThat(JSON.convertValue(fr.get("byRule"), Map.class)).isEqualTo(Map.of("INR-2", 1, "INR-4", 1));
        assertThat(fr.get("decidedWithoutPerson").asDouble()).isEqualTo(0.5);
        assertThat(fr.get("medianHoursToDecision").asDouble()).isEqualTo(6.0);
        assertThat(fr.get("slaBreaches").asLong()).isEqualTo(1);

        JsonNode all = get("/api/stats?" + range).body();
        assertThat(all.get("cases").asLong()).isEqualTo(4);
        assertThat(JSON.convertValue(all.get("byRule"), Map.class)).isEqualTo(Map.of("INR-2", 2, "INR-4", 1));
        assertThat(all.get("decidedWithoutPerson").asDouble()).isEqualTo(2.0 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.get("medianHoursToDecision").asDouble()).isEqualTo(6.0);

        JsonNode none = get("/api/stats?from=2040-01-01T00:00:00Z&to=2041-01-01T00:00:00Z").body();
        assertThat(none.get("cases").asLong()).isZero();
        assertThat(none.get("decidedWithoutPerson").asDouble()).isZero();
    }

    private void append(String caseId, long sequence, Object payload, Instant at) {
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", caseId, sequence, payload,
                Map.of("actor", "test", "role", "AGENT"), java.util.UUID.randomUUID().toString(), at));
    }

    private JsonNode awaitView(String caseId, long version) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        Answer view = get("/api/cases/" + caseId);
        while ((view.status() != 200 || view.body().get("version").asLong() < version) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(20_000_000);
            view = get("/api/cases/" + caseId);
        }
        assertThat(view.body().get("version").asLong()).isEqualTo(version);
        return view.body();
    }

    static DeliveryClaimFiled filed(CaseId caseId, Instant at, String jurisdiction) {
        return filed(caseId, at, jurisdiction, "CUST-AUDIT");
    }

    static DeliveryClaimFiled filed(CaseId caseId, Instant at, String jurisdiction, String customerId) {
        Purchase purchase = new Purchase("ORD-" + caseId.toString().substring(0, 6), customerId, "SELLER-1",
                "CARRIER-1", "COURIER-AUDIT", new Jurisdiction(jurisdiction), Money.of("1229.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "1229.00")));
        return new DeliveryClaimFiled(caseId, purchase, purchase.amount(), DeliveryMethod.SIGNATURE, at.minusSeconds(3600),
                "never came", at, at.plus(Duration.ofDays(3)));
    }

    static EvidenceSubmitted evidence(CaseId caseId, Instant at) {
        return new EvidenceSubmitted(caseId, EvidenceId.random(), Party.CARRIER, EvidenceType.SIGNATURE, at.minusSeconds(7200),
                new Sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                URI.create("https://evidence.example/signature"), "signature on the handset",
                new EvidenceAttributes(Map.of("signerIsRecipient", true)), at);
    }

    private static CaseDecided decided(CaseId caseId, DecisionOutcome outcome, EscalationTier tier, String rule,
                                       Instant at) {
        return new CaseDecided(caseId, outcome, tier, tier == null ? null : Recommendation.DENY, "bop-2026.1",
                List.of(rule), List.of("Reason for " + rule + "."), List.of(), List.of(), "policy", at,
                tier == null ? null : at.plus(Duration.ofDays(14)), List.of(new ReasonDetail("SELLER_PROOF.MET", Map.of(
                        "kind", "ITEM_NOT_RECEIVED", "points", "4", "needed", "4", "items", List.of(new ReasonDetail(
                                "EVIDENCE.COUNTED", Map.of("evidenceId", "9f86d081-0000-4000-8000-000000000000",
                                        "evidenceType", "SIGNATURE", "points", "4", "because",
                                        ReasonDetail.of("WEIGHT.SIGNED_BY_RECIPIENT"))))))));
    }

    private Answer get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", DemoUsers.basic("auditor")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }

    record Answer(int status, JsonNode body) {
    }
}
