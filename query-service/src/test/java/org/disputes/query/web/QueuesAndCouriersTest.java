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
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.fraud.CourierFlagged;
import org.disputes.api.fraud.FraudReferralOpened;
import org.disputes.api.refund.RefundIssued;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.DemoUsers;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work queues and the courier record over real HTTP, on the query service projecting a real event store in
 * this run's throwaway database. Events are appended as the command side would append them; every answer is
 * awaited by polling, since the projection runs behind the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuesAndCouriersTest {

    static final Instant T0 = Instant.parse("2030-03-01T09:00:00Z");
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final Signal OTP = Signal.OTP_REMOTE_DISCLOSURE;
    static final String COURIER = "COURIER-IT-" + UUID.randomUUID().toString().substring(0, 8);
    static final String QUIET_COURIER = "COURIER-QUIET-" + UUID.randomUUID().toString().substring(0, 8);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private final Map<String, Long> nextSequence = new HashMap<>();

    // open, each due when its response window ends
    String openLate;
    String openSoon;
    String openMiddle;
    // waiting for the escalation team
    String tier2;
    String fraudReview;
    String overdue;
    String appealed;
    // decided: in no queue
    String refunded;
    String denied;
    String refundPending;

    @BeforeAll
    void history() {
        openLate = claim(COURIER, days(3));
        openSoon = dispute(COURIER, days(1));
        openMiddle = claim(QUIET_COURIER, days(2));

        tier2 = claim(COURIER, days(3));
        onCase(tier2, "policy", escalated(tier2, EscalationTier.TIER2, Recommendation.DENY, days(10)));

        fraudReview = claim(COURIER, days(3));
        onCase(fraudReview, "policy", escalated(fraudReview, EscalationTier.FRAUD_REVIEW, null, days(5), OTP));

        overdue = claim(COURIER, days(3));
        onCase(overdue, "policy", escalated(overdue, EscalationTier.TIER2, Recommendation.REFUND, days(4)),
                new EscalationOverdue(CaseId.of(overdue), EscalationTier.TIER2, EscalationTier.TIER3, days(4),
                        days(8), days(4)));

        appealed = claim(COURIER, days(3));
        onCase(appealed, "policy", escalated(appealed, EscalationTier.TIER2, Recommendation.DENY, days(6)));
        onCase(appealed, "lead", personDecided(appealed, DecisionOutcome.DENY));
        onCase(appealed, "agent", new DecisionAppealed(CaseId.of(appealed), "I was at work that whole day.",
                EscalationTier.TIER2, days(5), days(7)));

        refunded = claim(COURIER, days(3));
        onCase(refunded, "policy", new CaseDecided(CaseId.of(refunded), DecisionOutcome.REFUND, null, null,
                        "bop-2026.1", List.of("INR-2"), List.of("The seller has not proved delivery."), List.of(),
                        List.of(OTP), "policy", days(3), null),
                new RefundIssued(CaseId.of(refunded), Money.of("100.00", "EUR"),
                        List.of(Tender.of(TenderMethod.CARD, "100.00")), "policy", days(3)));

        denied = claim(COURIER, days(3));
        onCase(denied, "policy", escalated(denied, EscalationTier.TIER2, Recommendation.DENY, days(9)));
        onCase(denied, "lead", personDecided(denied, DecisionOutcome.DENY));

        // a person refunded; until the refund is issued the case is still ESCALATED but waits for nobody
        refundPending = claim(COURIER, days(3));
        onCase(refundPending, "policy", escalated(refundPending, EscalationTier.TIER2, Recommendation.REFUND,
                days(2)));
        onCase(refundPending, "lead", personDecided(refundPending, DecisionOutcome.REFUND));

        // the courier's record: two cases flagged (one of them twice, as a redelivery would), another signal, and
        // one referral for the pattern
        onCourier(new CourierFlagged(COURIER, CaseId.of(fraudReview), OTP, days(3)),
                new CourierFlagged(COURIER, CaseId.of(refunded), OTP, days(3)),
                new CourierFlagged(COURIER, CaseId.of(refunded), OTP, days(3)),
                new CourierFlagged(COURIER, CaseId.of(tier2), Signal.COURIER_PATTERN, days(3)),
                new FraudReferralOpened(COURIER, "REF-" + COURIER, List.of(CaseId.of(fraudReview),
                        CaseId.of(refunded)), days(3)));
    }

    @Test
    void theEscalationQueueListsWaitingCasesByDueDateAndFiltersByTier() throws Exception {
        // the whole queue and each tier's: a case can be in the queue before its last event (a raised tier) is
        // projected, so all four are awaited together
        List<List<String>> expected = List.of(List.of(fraudReview, appealed, overdue, tier2),
                List.of(appealed, tier2), List.of(overdue), List.of(fraudReview));
        assertThat(Poll.until(() -> List.of(mine(get("/api/queues/escalation", "lead")),
                        mine(get("/api/queues/escalation?tier=TIER2", "lead")),
                        mine(get("/api/queues/escalation?tier=TIER3", "lead")),
                        mine(get("/api/queues/escalation?tier=FRAUD_REVIEW", "lead"))), expected::equals, PATIENCE))
                .as("escalated and appealed cases, the one due first first, by tier; decided ones in no queue")
                .isEqualTo(expected);

        // pages cut the same order (compared with the whole list, so other data in the database does not matter)
        List<Answer> read = whileSteady("/api/queues/escalation", "lead", "?size=2", "?page=1&size=2");
        Answer whole = read.get(0);
        assertThat(whole.body().get("total").asLong()).isEqualTo(whole.body().get("items").size());
        Answer first = read.get(1);
        Answer second = read.get(2);
        assertThat(first.body().get("page").asInt()).isZero();
        assertThat(first.body().get("size").asInt()).isEqualTo(2);
        assertThat(first.body().get("total").asLong()).isEqualTo(whole.body().get("total").asLong());
        assertThat(List.of(caseIds(first), caseIds(second))).containsExactly(
                caseIds(whole).subList(0, 2), caseIds(whole).subList(2, 4));

        JsonNode raised = item(get("/api/queues/escalation?tier=TIER3", "lead"), overdue);
        assertThat(raised.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(raised.get("kind").asString()).isEqualTo("ITEM_NOT_RECEIVED");
        assertThat(raised.get("courierId").asString()).isEqualTo(COURIER);
        assertThat(raised.get("tier").asString()).isEqualTo("TIER3");
        assertThat(Instant.parse(raised.get("dueBy").asString())).isEqualTo(days(8));
        assertThat(raised.get("overdue").asBoolean()).isTrue();
        assertThat(raised.get("recommendation").asString()).isEqualTo("REFUND");

        JsonNode onAppeal = item(get("/api/queues/escalation?tier=TIER2", "lead"), appealed);
        assertThat(onAppeal.get("status").asString()).isEqualTo("APPEALED");
        assertThat(onAppeal.get("overdue").asBoolean()).isFalse();
        assertThat(onAppeal.get("recommendation").isNull()).isTrue();
        assertThat(onAppeal.get("outcome").asString()).as("the earlier decision, a person's denial")
                .isEqualTo("DENY");
    }

    @Test
    void theAgentQueueListsOpenCasesByResponseDueDate() throws Exception {
        List<String> expected = List.of(openSoon, openMiddle, openLate);
        assertThat(Poll.until(() -> mine(get("/api/queues/agent", "agent")), expected::equals, PATIENCE))
                .isEqualTo(expected);
        JsonNode soon = item(get("/api/queues/agent", "agent"), openSoon);
        assertThat(soon.get("kind").asString()).isEqualTo("UNAUTHORIZED_TRANSACTION");
        assertThat(Instant.parse(soon.get("responseDueBy").asString())).isEqualTo(days(1));
        List<Answer> read = whileSteady("/api/queues/agent", "agent", "?page=1&size=1");
        Answer whole = read.get(0);
        assertThat(whole.body().get("total").asLong()).isEqualTo(whole.body().get("items").size());
        assertThat(caseIds(read.get(1))).containsExactly(caseIds(whole).get(1));
    }

    @Test
    void theCourierRecordCountsCasesFlagsRefundsAndReferrals() throws Exception {
        String expected = """
                {"courierId":"%s","cases":8,"flags":2,"refunded":1,"referralOpen":true,"referrals":1}"""
                .formatted(COURIER);
        Answer record = Poll.until(() -> get("/api/couriers/" + COURIER, "agent"),
                a -> a.status() == 200 && a.body().equals(JSON.readTree(expected)), PATIENCE);
        assertThat(record.body()).as("8 non-receipt cases (not the dispute), 2 cases flagged, 1 refunded")
                .isEqualTo(JSON.readTree(expected));

        Answer quiet = Poll.until(() -> get("/api/couriers/" + QUIET_COURIER, "lead"), a -> a.status() == 200,
                PATIENCE);
        assertThat(quiet.body()).isEqualTo(JSON.readTree("""
                {"courierId":"%s","cases":1,"flags":0,"refunded":0,"referralOpen":false,"referrals":0}"""
                .formatted(QUIET_COURIER)));
    }

    @Test
    void aCourierNoCaseNamesIsNotFoundAndAMalformedIdIsInvalid() throws Exception {
        Answer unknown = get("/api/couriers/COURIER-NOBODY-" + UUID.randomUUID(), "agent");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("code").asString()).isEqualTo("COURIER_NOT_FOUND");

        for (String malformed : List.of("COURIER$19", "-COURIER-19", "C".repeat(65), "COURIER%2019")) {
            Answer invalid = get("/api/couriers/" + malformed, "agent");
            assertThat(invalid.status()).as(malformed).isEqualTo(400);
            assertThat(invalid.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(invalid.body().get("errors").get(0).get("field").asString()).isEqualTo("courierId");
        }
    }

    @Test
    void anUnknownTierOrABadPageIsInvalidNamingWhatIsAllowed() throws Exception {
        Answer tier = get("/api/queues/escalation?tier=TIER9", "lead");
        assertThat(tier.status()).isEqualTo(400);
        assertThat(tier.contentType()).startsWith("application/problem+json");
        JsonNode error = tier.body().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("tier");
        assertThat(error.get("message").asString()).contains("TIER2", "TIER3", "FRAUD_REVIEW");

        assertThat(get("/api/queues/escalation?size=201", "lead").status()).isEqualTo(400);
        assertThat(get("/api/queues/agent?page=-1", "agent").status()).isEqualTo(400);
        assertThat(get("/api/queues/agent?size=0", "agent").body().get("errors").get(0).get("field").asString())
                .isEqualTo("size");
    }

    @Test
    void eachListAnswersOnlyTheRolesAllowedToReadIt() throws Exception {
        assertThat(get("/api/queues/escalation", "agent").status()).isEqualTo(403);
        assertThat(get("/api/queues/escalation", "auditor").status()).isEqualTo(403);
        // a lead reads everything an agent reads (API.md)
        assertThat(get("/api/queues/agent", "lead").status()).isEqualTo(200);
        assertThat(get("/api/queues/agent", "auditor").status()).isEqualTo(403);
        assertThat(get("/api/couriers/" + COURIER, "auditor").status()).isEqualTo(403);
        assertThat(get("/api/couriers/" + COURIER, "carrier").status()).isEqualTo(403);
        assertThat(get("/api/queues/agent", null).status()).isEqualTo(401);
        Answer forbidden = get("/api/couriers/" + COURIER, "seller");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body().get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void theAppealedCaseShowsItsHistoryAndItsEarlierDecision() throws Exception {
        Answer view = Poll.until(() -> get("/api/cases/" + appealed, "lead"),
                a -> a.status() == 200 && a.body().get("version").asLong() == 4, PATIENCE);
        assertThat(view.body().get("status").asString()).isEqualTo("APPEALED");
        assertThat(view.body().get("decision").get("outcome").asString()).isEqualTo("DENY");
        assertThat(view.body().get("decision").get("decidedBy").asString()).isEqualTo("lead");
        assertThat(view.body().get("escalation").get("tier").asString()).isEqualTo("TIER2");
        assertThat(view.body().get("escalation").get("reasons").get(0).asString())
                .isEqualTo("I was at work that whole day.");

        JsonNode timeline = get("/api/cases/" + appealed + "/timeline", "lead").body();
        List<String> types = new ArrayList<>();
        timeline.forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types).containsExactly("DeliveryClaimFiled", "CaseDecided", "EscalatedCaseDecided",
                "DecisionAppealed");
        assertThat(timeline.get(2).get("actor").asString()).isEqualTo("lead");
        assertThat(timeline.get(3).get("summary").asString()).startsWith("The customer appealed the denial");
    }

    // --- the history, appended as the command side appends it

    private String claim(String courierId, Instant responseDueBy) {
        CaseId id = CaseId.random();
        onCase(id.toString(), "agent", new DeliveryClaimFiled(id, purchase(courierId), Money.of("100.00", "EUR"),
                DeliveryMethod.SECURE_OTP, T0.minusSeconds(3600), "Never came.", T0, responseDueBy));
        return id.toString();
    }

    private String dispute(String courierId, Instant responseDueBy) {
        CaseId id = CaseId.random();
        onCase(id.toString(), "agent", new CustomerDisputeOpened(id, purchase(courierId), Money.of("100.00", "EUR"),
                DisputeReason.UNAUTHORIZED_TRANSACTION, T0.minusSeconds(3600), null, "Not me.", T0, responseDueBy));
        return id.toString();
    }

    private static Purchase purchase(String courierId) {
        return new Purchase("IT-" + UUID.randomUUID(), "CUST-" + UUID.randomUUID(), "SELLER-1", "CARRIER-1",
                courierId, new Jurisdiction("FR"), Money.of("100.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "100.00")));
    }

    private static CaseDecided escalated(String caseId, EscalationTier tier, Recommendation recommendation,
                                         Instant dueBy, Signal... signals) {
        return new CaseDecided(CaseId.of(caseId), DecisionOutcome.ESCALATE, tier, recommendation, "bop-2026.1",
                List.of("INR-4"), List.of("Delivery is proved; a person decides."), List.of(), List.of(signals),
                "policy", T0, dueBy);
    }

    private static EscalatedCaseDecided personDecided(String caseId, DecisionOutcome outcome) {
        return new EscalatedCaseDecided(CaseId.of(caseId), outcome, "Decided on the whole file by a person.",
                "lead", days(4), outcome == DecisionOutcome.DENY ? days(34) : null);
    }

    private void onCase(String caseId, String actor, Object... events) {
        append("DisputeCase", caseId, actor, events);
    }

    private void onCourier(Object... events) {
        append("CourierRecord", COURIER, "policy", events);
    }

    private void append(String aggregateType, String aggregateId, String actor, Object... events) {
        for (Object event : events) {
            long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
            eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event,
                    MetaData.with("actor", actor)));
        }
    }

    private static Instant days(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    // --- reading over HTTP

    /** The ids of this test's cases in a page of a queue, in the order listed. */
    private List<String> mine(Answer page) {
        Set<String> ours = Set.of(openLate, openSoon, openMiddle, tier2, fraudReview, overdue, appealed, refunded,
                denied, refundPending);
        List<String> ids = new ArrayList<>();
        if (page.status() == 200) {
            page.body().get("items").forEach(item -> {
                String id = item.get("caseId").asString();
                if (ours.contains(id)) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    /**
     * The whole queue (up to 200), then each page asked for, read again until the queue is the same before and after
     * them: other tests' cases are still being projected into the shared database's queues while this one reads.
     */
    private List<Answer> whileSteady(String queue, String user, String... pages) throws Exception {
        return Poll.until(() -> {
            List<Answer> read = new ArrayList<>();
            read.add(get(queue + "?size=200", user));
            for (String page : pages) {
                read.add(get(queue + page, user));
            }
            read.add(get(queue + "?size=200", user));
            return read;
        }, read -> caseIds(read.get(0)).equals(caseIds(read.get(read.size() - 1))), PATIENCE);
    }

    private static List<String> caseIds(Answer page) {
        List<String> ids = new ArrayList<>();
        page.body().get("items").forEach(item -> ids.add(item.get("caseId").asString()));
        return ids;
    }

    private static JsonNode item(Answer page, String caseId) {
        for (JsonNode item : page.body().get("items")) {
            if (item.get("caseId").asString().equals(caseId)) {
                return item;
            }
        }
        throw new AssertionError("case " + caseId + " is not in " + page.body());
    }

    private Answer get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
    }

    record Answer(int status, String contentType, JsonNode body) {
    }
}
