package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCENARIOS.md S1–S7 over HTTP: both services as separate processes on PostgreSQL, the response window
 * shortened to a few seconds, every fact read back from the query service.
 */
class AdjudicationStoriesTest {

        private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void s1_theCodeGivenByPhoneIsRefundedAndTheCourierFlagged() throws Exception {
        String courier = "COURIER-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> claim = Stories.deliveryClaim(Stories.uniqueCustomer());
        claim.put("courierId", courier);
        String caseId = Steps.file(claim);
        Steps.addEvidence(caseId, "agent", Stories.evidence("CUSTOMER", "COMMUNICATION_LOG", Map.of("otpRequestedRemotely", true)));
        Steps.addEvidence(caseId, "carrier", Stories.evidence("CARRIER", "OTP_CONFIRMATION", Map.of("channel", "IN_PERSON")));
        Steps.addEvidence(caseId, "carrier", Stories.evidence("CARRIER", "CARRIER_SCAN", Map.of()));

        JsonNode view = Steps.awaitStatus(caseId, "REFUNDED");

        assertThat(Steps.texts(view.get("decision").get("rules"))).containsExactly("INR-2");
        assertThat(view.at("/decision/decidedBy").asString()).isEqualTo("policy");
        assertThat(view.at("/decision/policyVersion").asString()).isEqualTo("bop-2026.1");
        assertThat(Steps.texts(view.get("signals"))).contains("OTP_REMOTE_DISCLOSURE");
        assertThat(String.join(" ", Steps.texts(view.at("/decision/reasons"))))
                .contains("OTP_CONFIRMATION").contains("disregarded").contains("requested remotely");
        assertThat(Steps.tenders(view)).containsExactly("CARD 1000.00", "GIFT_CARD 229.00");
        assertThat(view.at("/refund/total/value").asString()).isEqualTo("1229.00");
        List<String> codes = new ArrayList<>();
        view.at("/decision/reasonDetails").forEach(detail -> codes.add(detail.get("code").asString()));
        assertThat(codes).as("the reasons as data, one for each sentence")
                .hasSameSizeAs(Steps.texts(view.at("/decision/reasons")))
                .contains("SELLER_PROOF.NOT_MET", "INR-2.REFUND", "SIGNAL.OTP_REMOTE_DISCLOSURE");

        Api.Response carriers = system.queries().get("/api/cases/" + caseId, "carrier");
        assertThat(carriers.status()).as("the carrier the case names reads its party view").isEqualTo(200);
        assertThat(carriers.body().has("signals")).isFalse();
        assertThat(carriers.body().at("/decision/reasonDetails").size())
                .isEqualTo(carriers.body().at("/decision/reasons").size()).isEqualTo(codes.size() - 1);

        JsonNode record = Poll.until(() -> system.queries().get("/api/couriers/" + courier, "agent").body(),
                c -> c.path("flags").asInt() >= 1, Steps.PATIENCE);
        assertThat(record.get("flags").asInt()).isEqualTo(1);
        assertThat(record.get("refunded").asInt()).isEqualTo(1);
    }

    @Test
    void s2_silenceIsRefundedBecauseNoProofOfDeliveryWasSubmitted() throws Exception {
        String caseId = Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer()));

        JsonNode view = Steps.awaitStatus(caseId, "REFUNDED");

        assertThat(Steps.texts(view.get("decision").get("rules"))).containsExactly("INR-2");
        assertThat(String.join(" ", Steps.texts(view.at("/decision/reasons")))).contains("no proof of delivery was submitted");
    }

    @Test
    void s3_aSignatureEscalatesTheLeadDeniesTheAppealBringsItBackAndTheRefundIsPaidOnce() throws Exception {
        String caseId = Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer()));
        Steps.addEvidence(caseId, "carrier", Stories.evidence("CARRIER", "SIGNATURE", Map.of("signerIsRecipient", true)));

        JsonNode escalated = Steps.awaitStatus(caseId, "ESCALATED");
        assertThat(escalated.at("/escalation/tier").asString()).isEqualTo("TIER2");
        assertThat(escalated.at("/escalation/recommendation").asString()).isEqualTo("DENY");
        assertThat(Steps.texts(escalated.get("decision").get("rules"))).containsExactly("INR-4");
        assertThat(escalated.at("/refund").isNull() || escalated.at("/refund").isMissingNode()).isTrue();

        assertThat(Steps.decide(caseId, "DENY").status()).isEqualTo(202);
        JsonNode denied = Steps.awaitStatus(caseId, "DENIED");
        assertThat(denied.at("/decision/decidedBy").asString()).isEqualTo("lead");

        assertThat(system.commands().post("/api/cases/" + caseId + "/appeal", "agent",
                Map.of("reason", "The customer has footage of the doorstep at the delivery time.")).status())
                .isEqualTo(202);
        Steps.addEvidence(caseId, "agent", Stories.evidence("CUSTOMER", "CCTV_FOOTAGE", Map.of("coversDeliveryWindow", true)));
        JsonNode appealed = Steps.awaitStatus(caseId, "APPEALED");
        assertThat(appealed.at("/decision/outcome").asString()).isEqualTo("DENY");
        JsonNode queue = Poll.until(() -> system.queries().get("/api/queues/escalation", "lead").body(),
                q -> contains(q, caseId), Steps.PATIENCE);
        assertThat(contains(queue, caseId)).isTrue();

        assertThat(Steps.decide(caseId, "REFUND").status()).isEqualTo(202);
        JsonNode refunded = Steps.awaitStatus(caseId, "REFUNDED");
        assertThat(Steps.tenders(refunded)).containsExactly("CARD 1000.00", "GIFT_CARD 229.00");

        Api.Response again = Steps.decide(caseId, "REFUND");
        assertThat(again.status()).isEqualTo(202);
        assertThat(refundsIn(caseId)).isEqualTo(1);
    }

    @Test
    void s4_conflictingEvidenceEscalatesWithoutRecommendation() throws Exception {
        String caseId = Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer()));
        Steps.addEvidence(caseId, "carrier", Stories.evidence("CARRIER", "GPS_SCAN", Map.of("distanceMeters", 15)));
        Steps.addEvidence(caseId, "carrier", Stories.evidence("CARRIER", "DELIVERY_PHOTO",
                Map.of("geotagged", true, "distanceMeters", 10)));
        Steps.addEvidence(caseId, "agent", Stories.evidence("CUSTOMER", "CCTV_FOOTAGE", Map.of("coversDeliveryWindow", true)));

        JsonNode view = Steps.awaitStatus(caseId, "ESCALATED");

        assertThat(view.at("/escalation/tier").asString()).isEqualTo("TIER2");
        assertThat(view.at("/escalation/recommendation").isNull()).isTrue();
        assertThat(Steps.texts(view.get("decision").get("rules"))).containsExactly("INR-3");
    }

    @Test
    void s5_aRepeatClaimantGoesToFraudReviewWithoutRefund() throws Exception {
        String customer = Stories.uniqueCustomer();
        for (int i = 0; i < 3; i++) {
            Steps.file(Stories.deliveryClaim(customer));
        }
        String fourth = Steps.file(Stories.deliveryClaim(customer));

        JsonNode view = Steps.awaitStatus(fourth, "ESCALATED");

        assertThat(view.at("/escalation/tier").asString()).isEqualTo("FRAUD_REVIEW");
        assertThat(Steps.texts(view.get("decision").get("rules"))).containsExactly("INR-1");
        assertThat(view.at("/refund").isNull()).isTrue();
    }

    @Test
    void s6_anUnauthorisedPaymentIsRefundedWhenItsDeadlinePassesUnlessFraudIsSuspected() throws Exception {
        String refunded = dispute();
        String suspected = dispute();
        assertThat(system.commands().post("/api/cases/" + suspected + "/fraud-suspicion", "agent",
                Map.of("regulatorNotified", true, "note", "Same device as three other disputes")).status())
                .isEqualTo(202);

        JsonNode paid = Steps.awaitStatus(refunded, "REFUNDED");
        assertThat(Steps.texts(paid.get("decision").get("rules"))).containsExactly("UT-1");
        JsonNode escalated = Steps.awaitStatus(suspected, "ESCALATED");
        assertThat(Steps.texts(escalated.get("decision").get("rules"))).containsExactly("UT-2");
        assertThat(escalated.at("/escalation/tier").asString()).isEqualTo("FRAUD_REVIEW");
    }

    @Test
    void s7_partOfAnOrderIsRefundedInProportionOverTheTenders() throws Exception {
        Map<String, Object> claim = Stories.deliveryClaim(Stories.uniqueCustomer());
        claim.put("amount", Map.of("value", "300.00", "currency", "EUR"));
        claim.put("tenders", List.of(Map.of("method", "CARD", "amount", "200.00"),
                Map.of("method", "GIFT_CARD", "amount", "100.00")));
        claim.put("claimedAmount", Map.of("value", "100.00", "currency", "EUR"));
        String caseId = Steps.file(claim);

        JsonNode view = Steps.awaitStatus(caseId, "REFUNDED");

        assertThat(Steps.tenders(view)).containsExactly("CARD 66.67", "GIFT_CARD 33.33");
        assertThat(view.at("/refund/total/value").asString()).isEqualTo("100.00");
    }

    private static String dispute() throws Exception {
        Map<String, Object> dispute = new LinkedHashMap<>(Stories.deliveryClaim(Stories.uniqueCustomer()));
        dispute.remove("deliveryMethod");
        dispute.remove("carrierReportedDeliveredAt");
        dispute.put("reason", "UNAUTHORIZED_TRANSACTION");
        dispute.put("transactionAt", "2026-11-20T09:00:00Z");
        Api.Response opened = system.commands().post("/api/disputes", "agent", dispute);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.at("/caseId");
    }

    private static boolean contains(JsonNode queue, String caseId) {
        for (JsonNode item : queue.path("items")) {
            if (caseId.equals(item.path("caseId").asString())) {
                return true;
            }
        }
        return false;
    }

    private static long refundsIn(String caseId) throws Exception {
        JsonNode timeline = system.queries().get("/api/cases/" + caseId + "/timeline", "auditor").body();
        long refunds = 0;
        for (JsonNode step : timeline) {
            if ("RefundIssued".equals(step.path("type").asString())) {
                refunds++;
            }
        }
        return refunds;
    }
}
