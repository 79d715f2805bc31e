package org.disputes.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The walking skeleton end to end: a claim and its evidence go in at one service and come out of the other. */
class FilingAndReadingBackTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void aClaimAndThreeEvidenceItemsAreReadBackFromTheQueryServiceWithinTwoSeconds() throws Exception {
        String customer = Stories.uniqueCustomer();
        Api.Response filed = system.commands().post("/api/delivery-claims", "agent", Stories.deliveryClaim(customer));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(filed.at("/version")).isEqualTo("1");
        String caseId = filed.at("/caseId");

        List<Map<String, Object>> evidence = List.of(
                Stories.evidence("CUSTOMER", "COMMUNICATION_LOG", Map.of("otpRequestedRemotely", true)),
                Stories.evidence("CARRIER", "OTP_CONFIRMATION", Map.of("channel", "IN_PERSON")),
                Stories.evidence("CARRIER", "CARRIER_SCAN", Map.of()));
        Api.Response last = null;
        for (Map<String, Object> item : evidence) {
            String user = "CUSTOMER".equals(item.get("party")) ? "agent" : "carrier";
            last = system.commands().post("/api/cases/" + caseId + "/evidence", user, item);
            assertThat(last.status()).as(last.text()).isEqualTo(202);
            assertThat(last.at("/evidenceId")).isEqualTo(item.get("evidenceId"));
        }
        // the adjudication's own request for proof may come in between: the answer says where the case stands
        long version = Long.parseLong(last.at("/version"));
        assertThat(version).isBetween(4L, 5L);
        long answeredAt = System.nanoTime();

        Api.Response view = system.queries().get("/api/cases/" + caseId + "?minVersion=" + version, "agent");
        Duration waited = Duration.ofNanos(System.nanoTime() - answeredAt);

        assertThat(view.status()).as(view.text()).isEqualTo(200);
        assertThat(waited).isLessThan(Duration.ofSeconds(2));
        assertThat(Long.parseLong(view.at("/version"))).isGreaterThanOrEqualTo(version);
        assertThat(view.at("/kind")).isEqualTo("ITEM_NOT_RECEIVED");
        assertThat(view.at("/customerId")).isEqualTo(customer);
        assertThat(view.at("/amount/value")).isEqualTo("1229.00");
        assertThat(view.at("/amount/currency")).isEqualTo("EUR");
        assertThat(view.at("/tenders/1/method")).isEqualTo("GIFT_CARD");
        assertThat(view.at("/tenders/1/amount")).isEqualTo("229.00");
        assertThat(view.at("/responseDueBy")).isNotNull();
        assertThat(view.body().get("evidence")).hasSize(3);
        for (int i = 0; i < evidence.size(); i++) {
            assertThat(view.at("/evidence/" + i + "/evidenceId")).isEqualTo(evidence.get(i).get("evidenceId"));
            assertThat(view.at("/evidence/" + i + "/type")).isEqualTo(evidence.get(i).get("type"));
            assertThat(view.at("/evidence/" + i + "/submittedAt")).isNotNull();
        }
        assertThat(view.at("/evidence/0/attributes/otpRequestedRemotely")).isEqualTo("true");

        Api.Response timeline = system.queries().get("/api/cases/" + caseId + "/timeline", "agent");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body().size()).isGreaterThanOrEqualTo(4);
        assertThat(timeline.at("/0/type")).isEqualTo("DeliveryClaimFiled");
        assertThat(timeline.at("/0/actor")).isEqualTo("agent");
        List<String> carrierSteps = new java.util.ArrayList<>();
        timeline.body().forEach(step -> {
            if ("carrier".equals(step.get("actor").asString())) {
                carrierSteps.add(step.get("role").asString() + ": " + step.get("summary").asString());
            }
        });
        assertThat(carrierSteps).hasSize(2);
        assertThat(carrierSteps.get(0)).startsWith("CARRIER: ").contains("carrier submitted otp confirmation evidence");

        Api.Response list = system.queries().get("/api/cases?customerId=" + customer, "auditor");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.at("/total")).isEqualTo("1");
        assertThat(list.at("/items/0/caseId")).isEqualTo(caseId);
    }

    @Test
    void aViewThatCannotReachTheAskedVersionAnswers503WithRetryAfter() throws Exception {
        Api.Response filed = system.commands().post("/api/delivery-claims", "agent",
                Stories.deliveryClaim(Stories.uniqueCustomer()));
        Api.Response view = system.queries().get("/api/cases/" + filed.at("/caseId") + "?minVersion=99", "agent");
        assertThat(view.status()).isEqualTo(503);
        assertThat(view.contentType()).isEqualTo("application/problem+json");
        assertThat(view.retryAfter()).isEqualTo("1");
        assertThat(view.at("/code")).isEqualTo("SERVICE_UNAVAILABLE");
    }
}
