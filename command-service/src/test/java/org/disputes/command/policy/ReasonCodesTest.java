package org.disputes.command.policy;

import org.disputes.api.Money;
import org.disputes.api.adjudication.ReasonDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputes.api.evidence.EvidenceType.*;
import static org.disputes.command.policy.Fixtures.FILED;
import static org.disputes.command.policy.Fixtures.POLICY;
import static org.disputes.command.policy.Fixtures.TERMS;
import static org.disputes.command.policy.Fixtures.WINDOW_CLOSES;
import static org.disputes.command.policy.Fixtures.carrier;
import static org.disputes.command.policy.Fixtures.customer;
import static org.disputes.command.policy.Fixtures.deliveryClaim;
import static org.disputes.command.policy.Fixtures.goodsDispute;
import static org.disputes.command.policy.Fixtures.paidWith;
import static org.disputes.command.policy.Fixtures.seller;
import static org.disputes.command.policy.Fixtures.submittedAt;
import static org.disputes.command.policy.Fixtures.unauthorizedPayment;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every reason the policy gives is a code with arguments, and its English sentence is rendered from them alone: the
 * sentences other tests hold word for word come from the same data the events record (docs/POLICY.md, "Reasons as
 * data").
 */
class ReasonCodesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant LATER = WINDOW_CLOSES.plusSeconds(86_400);
    private static final Instant DELIVERED = noonIn("DE", "2025-03-10");

    static Stream<Arguments> decisions() {
        return Stream.of(
                arguments("INR window open", POLICY.decide(deliveryClaim().decidedAt(FILED).build(), TERMS)),
                arguments("UT window open", POLICY.decide(unauthorizedPayment().decidedAt(FILED).build(), TERMS)),
                arguments("NAD window open", POLICY.decide(goodsDispute("DE", DELIVERED, noonIn("DE", "2025-09-01"))
                        .decidedAt(noonIn("DE", "2025-09-01")).build(), TERMS)),
                arguments("INR-1 repeat claimant", POLICY.decide(deliveryClaim().otherClaimsInRepeatPeriod(3).build(), TERMS)),
                arguments("INR-2 weak and inadmissible proof", POLICY.decide(deliveryClaim().evidence(
                        carrier(SIGNATURE, "signerIsRecipient", false), carrier(SIGNATURE),
                        carrier(DELIVERY_PHOTO, "distanceMeters", 150), carrier(GPS_SCAN), carrier(CARRIER_SCAN),
                        customer(WITNESS_STATEMENT), customer(SCA_RECORD), customer(SIGNATURE),
                        carrier(POLICE_REPORT)).build(), TERMS)),
                arguments("INR-2 code given by phone, courier pattern", POLICY.decide(deliveryClaim()
                        .courier("COURIER-19", 2).evidence(carrier(OTP_CONFIRMATION, "channel", "PHONE")).build(), TERMS)),
                arguments("INR-2 code reported requested remotely", POLICY.decide(deliveryClaim().courier(null, 0)
                        .evidence(carrier(OTP_CONFIRMATION, "channel", "IN_PERSON"),
                                customer(COMMUNICATION_LOG, "otpRequestedRemotely", true, "channel", "SMS")).build(), TERMS)),
                arguments("INR-2 every other weighting", POLICY.decide(deliveryClaim().evidence(
                        carrier(OTP_CONFIRMATION, "channel", "IN_PERSON"), carrier(OTP_CONFIRMATION),
                        carrier(DELIVERY_PHOTO, "geotagged", false), carrier(DELIVERY_PHOTO),
                        carrier(DELIVERY_PHOTO, "distanceMeters", 20), carrier(DELIVERY_PHOTO, "geotagged", true),
                        carrier(GPS_SCAN, "distanceMeters", 150), carrier(GPS_SCAN, "distanceMeters", 8),
                        carrier(LOCKER_PICKUP_LOG), carrier(THIRD_PARTY_HANDOVER, "nominatedByCustomer", true),
                        carrier(THIRD_PARTY_HANDOVER, "nominatedByCustomer", false), customer(CCTV_FOOTAGE),
                        customer(POLICE_REPORT), customer(COMMUNICATION_LOG),
                        submittedAt(carrier(SIGNATURE, "signerIsRecipient", true), LATER)).build(), TERMS)),
                arguments("INR-2 the weak alternatives", POLICY.decide(deliveryClaim().evidence(
                        carrier(SIGNATURE), carrier(DELIVERY_PHOTO, "geotagged", false), carrier(OTP_CONFIRMATION),
                        carrier(THIRD_PARTY_HANDOVER, "nominatedByCustomer", false)).build(), TERMS)),
                arguments("INR-2 a photo placed nowhere", POLICY.decide(deliveryClaim().evidence(
                        carrier(DELIVERY_PHOTO)).build(), TERMS)),
                arguments("INR-2 a geotagged photo", POLICY.decide(deliveryClaim().evidence(
                        carrier(DELIVERY_PHOTO, "geotagged", true)).build(), TERMS)),
                arguments("INR-4 proof met", POLICY.decide(deliveryClaim().evidence(
                        carrier(SIGNATURE, "signerIsRecipient", true),
                        customer(CCTV_FOOTAGE, "coversDeliveryWindow", false)).build(), TERMS)),
                arguments("INR-4 proof met, nothing from the customer", POLICY.decide(deliveryClaim().evidence(
                        carrier(SIGNATURE, "signerIsNominee", true)).build(), TERMS)),
                arguments("INR-3 conflict", POLICY.decide(deliveryClaim().evidence(
                        carrier(SIGNATURE, "signerIsNominee", true),
                        customer(CCTV_FOOTAGE, "coversDeliveryWindow", true)).build(), TERMS)),
                arguments("INR-5 above the limit", POLICY.decide(deliveryClaim().claimed(Money.of("6000.00", "EUR"))
                        .tenders(paidWith("6000.00")).build(), TERMS)),
                arguments("INR-5 no limit", POLICY.decide(deliveryClaim().claimed(Money.of("100", "JPY"))
                        .tenders(paidWith("100")).build(), TERMS)),
                arguments("UT-2 notified before the deadline", POLICY.decide(unauthorizedPayment()
                        .fraudSuspicion(new FraudSuspicion(true, FILED.plusSeconds(60))).build(), TERMS)),
                arguments("UT-2 notified after the deadline", POLICY.reweigh(unauthorizedPayment()
                        .fraudSuspicion(new FraudSuspicion(true, WINDOW_CLOSES.plusSeconds(60))).decidedAt(LATER)
                        .build(), TERMS)),
                arguments("UT-1 suspicion not notified", POLICY.decide(unauthorizedPayment()
                        .fraudSuspicion(new FraudSuspicion(false, FILED.plusSeconds(60)))
                        .evidence(seller(SCA_RECORD), customer(POLICE_REPORT)).build(), TERMS)),
                arguments("UT-1 no suspicion", POLICY.decide(unauthorizedPayment().build(), TERMS)),
                arguments("UT-3 proof met", POLICY.decide(unauthorizedPayment()
                        .evidence(seller(SCA_RECORD), seller(DEVICE_MATCH)).build(), TERMS)),
                arguments("NAD-2 within the period", POLICY.decide(goodsDispute("DE", DELIVERED,
                        noonIn("DE", "2025-09-01")).build(), TERMS)),
                arguments("NAD-3 after the period", POLICY.decide(goodsDispute("DE", DELIVERED,
                        noonIn("DE", "2026-09-01")).evidence(customer(EXPERT_REPORT), customer(DEFECT_PHOTO)).build(), TERMS)),
                arguments("NAD-1 conformity proved", POLICY.decide(goodsDispute("DE", DELIVERED,
                        noonIn("DE", "2025-09-01")).evidence(submittedAt(seller(INSPECTION_REPORT),
                        noonIn("DE", "2025-09-02"))).build(), TERMS)),
                arguments("reweighed: refund", POLICY.reweigh(deliveryClaim().claimed(Money.of("6000.00", "EUR"))
                        .tenders(paidWith("6000.00")).decidedAt(LATER).build(), TERMS)),
                arguments("reweighed: denial", POLICY.reweigh(deliveryClaim()
                        .evidence(carrier(SIGNATURE, "signerIsRecipient", true)).decidedAt(LATER).build(), TERMS)),
                arguments("reweighed: no recommendation", POLICY.reweigh(deliveryClaim().evidence(
                        carrier(SIGNATURE, "signerIsRecipient", true),
                        customer(CCTV_FOOTAGE, "coversDeliveryWindow", true)).decidedAt(LATER).build(), TERMS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void everySentenceIsRenderedFromTheCodeAndArgumentsTheEventsRecord(String scenario, Decision decision) {
        assertThat(decision.reasonDetails()).hasSameSizeAs(decision.reasons());
        for (int i = 0; i < decision.reasons().size(); i++) {
            ReasonDetail recorded = decision.reasonDetails().get(i).detail();
            ReasonDetail readBack = JSON.readValue(JSON.writeValueAsString(recorded), ReasonDetail.class);

            assertThat(readBack).isEqualTo(recorded);
            assertThat(Reason.from(readBack).english()).isEqualTo(decision.reasons().get(i));
            assertThat(recorded.code()).matches("[A-Z_]+(-[0-9P]+)?\\.[A-Z_]+");
            assertOnlyStringsAndReasons(recorded.args());
        }
    }

    @Test
    void thePolicyGivesEveryReasonItHasACodeFor() {
        Set<ReasonCode> given = EnumSet.noneOf(ReasonCode.class);
        decisions().forEach(arguments -> ((Decision) arguments.get()[1]).reasonDetails()
                .forEach(reason -> collect(reason, given)));

        assertThat(EnumSet.complementOf(EnumSet.copyOf(given))).isEmpty();
    }

    @Test
    void namesEachEvidenceItemByItsIdAndTypeAndSaysWhyInAReasonOfItsOwn() {
        Evidence scan = carrier(GPS_SCAN, "distanceMeters", 8);
        Decision decision = POLICY.decide(deliveryClaim().evidence(scan).build(), TERMS);

        ReasonDetail seller = decision.reasonDetails().get(0).detail();
        assertThat(seller.code()).isEqualTo("SELLER_PROOF.NOT_MET");
        assertThat(seller.args()).containsEntry("kind", "ITEM_NOT_RECEIVED").containsEntry("points", "2")
                .containsEntry("needed", "4");
        assertThat(seller.args().get("items")).isEqualTo(List.of(new ReasonDetail("EVIDENCE.COUNTED", Map.of(
                "evidenceId", scan.id().toString(), "evidenceType", "GPS_SCAN", "points", "2",
                "because", new ReasonDetail("WEIGHT.SCAN_NEAR", Map.of("distanceMeters", "8"))))));
        assertThat(decision.reasonDetails().get(1).detail()).isEqualTo(new ReasonDetail("INR-2.REFUND", Map.of(
                "jurisdiction", "FR", "basis", "Code civil art. 1353; Cass. com. 2023 n°22-18.859; Directive 2011/83/EU art. 20",
                "claimed", "1229.00", "currency", "EUR")));
    }

    @Test
    void everyCodeIsDocumentedForTheClientsThatWordIt() throws IOException {
        String documented = Files.readString(Path.of("..", "docs", "POLICY.md"));

        assertThat(EnumSet.allOf(ReasonCode.class))
                .allSatisfy(code -> assertThat(documented).contains("`" + code.code() + "`"));
    }

    @Test
    void anUnknownCodeIsRefusedRatherThanWordedWrongly() {
        assertThatThrownBy(() -> Reason.from(ReasonDetail.of("INR-9.SOMETHING")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void collect(Reason reason, Set<ReasonCode> given) {
        given.add(reason.code());
        reason.args().values().forEach(value -> {
            if (value instanceof Reason nested) {
                collect(nested, given);
            } else if (value instanceof List<?> list) {
                list.forEach(item -> collect((Reason) item, given));
            }
        });
    }

    private static void assertOnlyStringsAndReasons(Map<String, Object> args) {
        List<Object> values = new ArrayList<>(args.values());
        for (Object value : values) {
            if (value instanceof ReasonDetail nested) {
                assertOnlyStringsAndReasons(nested.args());
            } else if (value instanceof List<?> list) {
                list.forEach(item -> assertOnlyStringsAndReasons(((ReasonDetail) item).args()));
            } else {
                assertThat(value).isInstanceOf(String.class);
            }
        }
    }

    private static Instant noonIn(String jurisdiction, String date) {
        ZoneId zone = TERMS.zoneOf(org.disputes.api.Jurisdiction.of(jurisdiction));
        return LocalDate.parse(date).atTime(12, 0).atZone(zone).toInstant();
    }
}
