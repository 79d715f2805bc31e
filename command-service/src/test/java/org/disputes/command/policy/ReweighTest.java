package org.disputes.command.policy;

import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.api.evidence.EvidenceType.*;
import static org.disputes.command.policy.Fixtures.POLICY;
import static org.disputes.command.policy.Fixtures.TERMS;
import static org.disputes.command.policy.Fixtures.WINDOW_CLOSES;
import static org.disputes.command.policy.Fixtures.carrier;
import static org.disputes.command.policy.Fixtures.customer;
import static org.disputes.command.policy.Fixtures.deliveryClaim;
import static org.disputes.command.policy.Fixtures.submittedAt;
import static org.disputes.api.adjudication.DecisionOutcome.ESCALATE;
import static org.disputes.api.adjudication.Recommendation.DENY;
import static org.disputes.api.adjudication.Recommendation.REFUND;
import static org.disputes.api.adjudication.EscalationTier.FRAUD_REVIEW;
import static org.disputes.api.adjudication.EscalationTier.TIER2;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POLICY.md §3 and §5: evidence arriving on an escalated or appealed case is weighed again; a person still decides. */
class ReweighTest {

    private static final Instant LATER = WINDOW_CLOSES.plusSeconds(86_400);

    @Test
    void dropsTheDenyRecommendationWhenTheAppealBringsFootage() {
        CaseFacts escalated = deliveryClaim().evidence(carrier(SIGNATURE, "signerIsRecipient", true)).build();
        assertThat(POLICY.decide(escalated, TERMS).recommendation()).isEqualTo(DENY);
        Evidence footage = submittedAt(customer(CCTV_FOOTAGE, "coversDeliveryWindow", true), LATER.minusSeconds(60));

        Decision reweighed = POLICY.reweigh(escalated.withEvidence(footage, LATER), TERMS);

        assertThat(reweighed.outcome()).isEqualTo(ESCALATE);
        assertThat(reweighed.tier()).isEqualTo(TIER2);
        assertThat(reweighed.recommendation()).isNull();
        assertThat(reweighed.rules()).containsExactly("INR-3");
        assertThat(reweighed.refund()).isNull();
        assertThat(reweighed.reasons()).last().isEqualTo("Weighed again at 2026-03-10T09:00:00Z on all the evidence"
                + " received: the case stays with a person, and the policy makes no recommendation.");
    }

    static Stream<Arguments> reweighings() {
        return Stream.of(
                arguments("late proof turns a refund recommendation into denial", "6000.00", 0,
                        List.of(carrier(SIGNATURE, "signerIsRecipient", true)), TIER2, DENY, "INR-4"),
                arguments("nothing new keeps recommending the refund", "6000.00", 0, List.of(), TIER2, REFUND, "INR-5"),
                arguments("weak footage leaves the denial", "100.00", 0, List.of(carrier(SIGNATURE, "signerIsRecipient", true),
                        customer(CCTV_FOOTAGE, "coversDeliveryWindow", false)), TIER2, DENY, "INR-4"),
                arguments("a code given away undoes the proof", "100.00", 0, List.of(carrier(OTP_CONFIRMATION, "channel", "IN_PERSON"),
                        carrier(GPS_SCAN, "distanceMeters", 5), customer(COMMUNICATION_LOG, "otpRequestedRemotely", true)),
                        TIER2, REFUND, "INR-2"),
                arguments("a repeat claimant stays in fraud review", "100.00", 3, List.of(carrier(CARRIER_SCAN)),
                        FRAUD_REVIEW, null, "INR-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reweighings")
    void updatesTheRecommendationOnAllTheEvidence(String scenario, String claimed, int otherClaims, List<Evidence> late,
                                                  EscalationTier tier, Recommendation recommendation, String rule) {
        CaseFacts facts = deliveryClaim().claimed(Money.of(claimed, "EUR")).tenders(Fixtures.paidWith(claimed))
                .otherClaimsInRepeatPeriod(otherClaims)
                .evidence(late.stream().map(item -> submittedAt(item, LATER.minusSeconds(60))).toList())
                .decidedAt(LATER).build();

        Decision reweighed = POLICY.reweigh(facts, TERMS);

        assertThat(reweighed.outcome()).isEqualTo(ESCALATE);
        assertThat(reweighed.tier()).isEqualTo(tier);
        assertThat(reweighed.recommendation()).isEqualTo(recommendation);
        assertThat(reweighed.rules()).containsExactly(rule);
    }

    @Test
    void neverRefundsByItself() {
        Decision reweighed = POLICY.reweigh(deliveryClaim().decidedAt(LATER).build(), TERMS);

        assertThat(reweighed.outcome()).isEqualTo(ESCALATE);
        assertThat(reweighed.recommendation()).isEqualTo(REFUND);
        assertThat(reweighed.reasons()).noneMatch(reason -> reason.contains("is refunded"));
    }
}
