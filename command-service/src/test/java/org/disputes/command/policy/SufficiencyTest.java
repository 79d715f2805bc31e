package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.api.evidence.EvidenceType.*;
import static org.disputes.command.policy.Fixtures.carrier;
import static org.disputes.command.policy.Fixtures.customer;
import static org.disputes.command.policy.Fixtures.seller;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POLICY.md §2: proof is sufficient at 4 points, counting only the strongest item of each type. */
class SufficiencyTest {

    private final EvidenceWeigher weigher = new EvidenceWeigher();

    static Stream<Arguments> proofs() {
        return Stream.of(
                arguments("a used code alone", List.of(carrier(OTP_CONFIRMATION, "channel", "IN_PERSON")), 2, false),
                arguments("a code and a carrier scan", List.of(carrier(OTP_CONFIRMATION, "channel", "IN_PERSON"),
                        carrier(CARRIER_SCAN)), 3, false),
                arguments("a code in person and a GPS scan at the door: exactly 4", List.of(
                        carrier(OTP_CONFIRMATION, "channel", "IN_PERSON"), carrier(GPS_SCAN, "distanceMeters", 8)), 4, true),
                arguments("the same type twice counts once", List.of(carrier(GPS_SCAN, "distanceMeters", 8),
                        carrier(GPS_SCAN, "distanceMeters", 12)), 2, false),
                arguments("the strongest of a type counts", List.of(carrier(GPS_SCAN, "distanceMeters", 250),
                        carrier(GPS_SCAN), carrier(GPS_SCAN, "distanceMeters", 40)), 2, false),
                arguments("the strongest photo with the GPS scan", List.of(carrier(DELIVERY_PHOTO, "geotagged", false),
                        seller(DELIVERY_PHOTO, "geotagged", true, "distanceMeters", 10),
                        carrier(GPS_SCAN, "distanceMeters", 15)), 4, true),
                arguments("the recipient's signature", List.of(carrier(SIGNATURE, "signerIsRecipient", true)), 4, true),
                arguments("a stranger's signature and two weak items", List.of(carrier(SIGNATURE, "signerIsRecipient", false),
                        carrier(CARRIER_SCAN), carrier(GPS_SCAN)), 3, false),
                arguments("three independent weaker kinds", List.of(carrier(CARRIER_SCAN),
                        carrier(THIRD_PARTY_HANDOVER), carrier(LOCKER_PICKUP_LOG)), 4, true),
                arguments("a code given by phone adds nothing", List.of(carrier(OTP_CONFIRMATION, "channel", "PHONE"),
                        carrier(GPS_SCAN, "distanceMeters", 15), carrier(CARRIER_SCAN)), 3, false),
                arguments("the customer's evidence is not the seller's proof", List.of(carrier(CARRIER_SCAN),
                        customer(CCTV_FOOTAGE, "coversDeliveryWindow", true)), 1, false),
                arguments("nothing", List.of(), 0, false));
    }

    @ParameterizedTest(name = "{0}: {2} points, sufficient {3}")
    @MethodSource("proofs")
    void addsUpTheSellersProof(String scenario, List<Evidence> evidence, int points, boolean sufficient) {
        ProofTally tally = ProofTally.of(ProofSide.SELLER,
                weigher.weigh(CaseKind.ITEM_NOT_RECEIVED, evidence, Fixtures.WINDOW_CLOSES).items());

        assertThat(tally.points()).isEqualTo(points);
        assertThat(tally.reaches(ProofTally.SUFFICIENT)).isEqualTo(sufficient);
    }

    @Test
    void saysWhichItemCountsInsteadOfASecondOfTheSameType() {
        Evidence first = carrier(GPS_SCAN, "distanceMeters", 8);
        Evidence second = carrier(GPS_SCAN, "distanceMeters", 12);
        ProofTally tally = ProofTally.of(ProofSide.SELLER,
                weigher.weigh(CaseKind.ITEM_NOT_RECEIVED, List.of(first, second), Fixtures.WINDOW_CLOSES).items());

        assertThat(Sentences.items(tally)).isEqualTo(first.label() + " counted 2 points because it was scanned 8 m from"
                + " the delivery address; " + second.label() + " counted for nothing because " + first.label()
                + " already counts and only one item of each type does");
    }

    @Test
    void countsTheCustomersEvidenceTheSameWay() {
        ProofTally tally = ProofTally.of(ProofSide.CUSTOMER, weigher.weigh(CaseKind.ITEM_NOT_RECEIVED, List.of(
                customer(WITNESS_STATEMENT), customer(WITNESS_STATEMENT), customer(COMMUNICATION_LOG)),
                Fixtures.WINDOW_CLOSES).items());

        assertThat(tally.points()).isEqualTo(2);
        assertThat(tally.reaches(ProofTally.MATERIAL)).isTrue();
    }
}
