package org.disputes.command.policy;

import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.Money;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Currency;
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
import static org.disputes.api.adjudication.DecisionOutcome.REFUND;
import static org.disputes.api.adjudication.Recommendation.DENY;
import static org.disputes.api.adjudication.EscalationTier.FRAUD_REVIEW;
import static org.disputes.api.adjudication.EscalationTier.TIER2;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POLICY.md §3: INR-0 … INR-5, and the scenarios S1 … S5 of SCENARIOS.md. */
class ItemNotReceivedRulesTest {

    @Test
    void refundsWhenOtpWasDisclosedByPhone() {
        Evidence log = customer(COMMUNICATION_LOG, "otpRequestedRemotely", true, "channel", "PHONE");
        Evidence code = carrier(OTP_CONFIRMATION, "channel", "IN_PERSON");
        Evidence scan = carrier(CARRIER_SCAN);

        Decision decision = POLICY.decide(deliveryClaim().evidence(log, code, scan).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(REFUND);
        assertThat(decision.rules()).containsExactly("INR-2");
        assertThat(decision.signals()).containsExactly(Signal.OTP_REMOTE_DISCLOSURE);
        assertThat(decision.policyVersion()).isEqualTo("bop-2026.1");
        assertThat(decision.reasons().get(0)).isEqualTo("The seller has not proved delivery: " + code.label()
                + " was disregarded and counted for nothing because the customer's " + log.label() + " reports that"
                + " the code was requested by phone, so its use does not show who took the parcel; " + scan.label()
                + " counted 1 point because a carrier's scan is the seller's side's own assertion, not proof of"
                + " possession; 1 of the 4 points needed.");
        assertThat(decision.reasons()).anyMatch(reason -> reason.startsWith(
                "Signal OTP_REMOTE_DISCLOSURE: courier COURIER-19 is flagged, because the customer's " + log.label()));
        assertThat(decision.refund().shares()).containsExactly(
                Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00"));
        assertThat(decision.weighed(code.id()).orElseThrow().weight()).isEqualTo(Weight.NONE);
    }

    @Test
    void refundsWhenTheSellerAndCarrierStaySilent() {
        Decision decision = POLICY.decide(deliveryClaim().build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(REFUND);
        assertThat(decision.rule()).isEqualTo("INR-2");
        assertThat(decision.reasons().get(0)).isEqualTo(
                "The seller has not proved delivery: no proof of delivery was submitted by the seller or the carrier.");
        assertThat(decision.signals()).isEmpty();
    }

    @Test
    void escalatesWithDenyRecommendationWhenTheRecipientSigned() {
        Evidence signature = carrier(SIGNATURE, "signerIsRecipient", true);

        Decision decision = POLICY.decide(deliveryClaim().evidence(signature).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(ESCALATE);
        assertThat(decision.tier()).isEqualTo(TIER2);
        assertThat(decision.recommendation()).isEqualTo(DENY);
        assertThat(decision.rules()).containsExactly("INR-4");
        assertThat(decision.refund()).isNull();
        assertThat(decision.reasons()).containsExactly(
                "The seller has proved delivery: " + signature.label() + " counted 4 points because it was signed by"
                        + " the recipient; 4 points, at least the 4 needed.",
                "The customer submitted no evidence beyond their own statement.",
                "An outcome adverse to the customer is never taken by the machine alone (GDPR art. 22): a person"
                        + " decides, and the policy recommends denial.");
    }

    @Test
    void escalatesWithoutRecommendationWhenProofAndRebuttalConflict() {
        Evidence scan = carrier(GPS_SCAN, "distanceMeters", 15);
        Evidence photo = carrier(DELIVERY_PHOTO, "geotagged", true, "distanceMeters", 10);
        Evidence footage = customer(CCTV_FOOTAGE, "coversDeliveryWindow", true);

        Decision decision = POLICY.decide(deliveryClaim().evidence(scan, photo, footage).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(ESCALATE);
        assertThat(decision.tier()).isEqualTo(TIER2);
        assertThat(decision.recommendation()).isNull();
        assertThat(decision.rules()).containsExactly("INR-3");
        assertThat(decision.reasons()).contains(
                "The customer's evidence counts 4 points, at least the 2 needed: " + footage.label()
                        + " counted 4 points because it covers the delivery window.",
                "The evidence conflicts: a person weighs it, and the policy makes no recommendation.");
        assertThat(decision.reasons().get(0)).contains(scan.label() + " counted 2 points", photo.label() + " counted 2 points");
    }

    @Test
    void sendsARepeatClaimantToFraudReviewWithoutRefund() {
        Decision decision = POLICY.decide(deliveryClaim().otherClaimsInRepeatPeriod(3).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(ESCALATE);
        assertThat(decision.tier()).isEqualTo(FRAUD_REVIEW);
        assertThat(decision.recommendation()).isNull();
        assertThat(decision.rules()).containsExactly("INR-1");
        assertThat(decision.refund()).isNull();
        // the person in fraud review still reads what the burden rule found
        assertThat(decision.reasons()).containsSubsequence(
                "The customer has filed 3 other ITEM_NOT_RECEIVED claims in the repeat-claimant period; 3 or more call for review.",
                "The seller has not proved delivery: no proof of delivery was submitted by the seller or the carrier.",
                "Repeat-claimant pattern: the case goes to fraud review, where a person applies the burden of proof;"
                        + " nothing is refunded automatically.");
    }

    static Stream<Arguments> rules() {
        List<Evidence> proof = List.of(carrier(OTP_CONFIRMATION, "channel", "IN_PERSON"), carrier(GPS_SCAN, "distanceMeters", 8));
        List<Evidence> almost = List.of(carrier(OTP_CONFIRMATION, "channel", "IN_PERSON"), carrier(CARRIER_SCAN));
        return Stream.of(
                arguments("2 other claims are not a pattern", 2, List.of(), REFUND, null, null, "INR-2"),
                arguments("3 other claims are", 3, List.of(), ESCALATE, FRAUD_REVIEW, null, "INR-1"),
                arguments("a pattern outranks sufficient proof", 3, proof, ESCALATE, FRAUD_REVIEW, null, "INR-1"),
                arguments("3 points are not proof", 0, almost, REFUND, null, null, "INR-2"),
                arguments("4 points with nothing against", 0, proof, ESCALATE, TIER2, DENY, "INR-4"),
                arguments("a police report rebuts (2)", 0, concat(proof, customer(POLICE_REPORT)), ESCALATE, TIER2, null, "INR-3"),
                arguments("a witness alone does not (1)", 0, concat(proof, customer(WITNESS_STATEMENT)), ESCALATE, TIER2, DENY, "INR-4"),
                arguments("two witnesses count once", 0, concat(proof, customer(WITNESS_STATEMENT), customer(WITNESS_STATEMENT)),
                        ESCALATE, TIER2, DENY, "INR-4"),
                arguments("a witness and a log add up to 2", 0, concat(proof, customer(WITNESS_STATEMENT), customer(COMMUNICATION_LOG)),
                        ESCALATE, TIER2, null, "INR-3"),
                arguments("footage outside the window is weak", 0, concat(proof, customer(CCTV_FOOTAGE, "coversDeliveryWindow", false)),
                        ESCALATE, TIER2, DENY, "INR-4"),
                arguments("rebuttal without proof still refunds", 0, concat(almost, customer(CCTV_FOOTAGE, "coversDeliveryWindow", true)),
                        REFUND, null, null, "INR-2"),
                arguments("the customer cannot prove delivery", 0, List.of(Fixtures.evidence(org.disputes.api.evidence.Party.CUSTOMER,
                        SIGNATURE, "signerIsRecipient", true)), REFUND, null, null, "INR-2"));
    }

    @ParameterizedTest(name = "{0}: {6}")
    @MethodSource("rules")
    void decidesByTheFirstRuleThatFindsAVerdict(String scenario, int otherClaims, List<Evidence> evidence, DecisionOutcome outcome,
                                                EscalationTier tier, Recommendation recommendation, String rule) {
        Decision decision = POLICY.decide(deliveryClaim().otherClaimsInRepeatPeriod(otherClaims).evidence(evidence).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.tier()).isEqualTo(tier);
        assertThat(decision.recommendation()).isEqualTo(recommendation);
        assertThat(decision.rules()).containsExactly(rule);
    }

    @ParameterizedTest(name = "{1} {0}: {2} by {3}")
    @CsvSource({
            "EUR, 5000.00, REFUND, INR-2", "EUR, 5000.01, ESCALATE, INR-5",
            "USD, 5000.00, REFUND, INR-2", "USD, 5000.01, ESCALATE, INR-5",
            "GBP, 4500.00, REFUND, INR-2", "GBP, 4500.01, ESCALATE, INR-5",
            "JPY, 100, ESCALATE, INR-5", "CHF, 10.00, ESCALATE, INR-5"})
    void refundsAutomaticallyOnlyUpToTheLimitOfItsCurrency(String currency, String claimed, DecisionOutcome outcome, String rule) {
        CaseFacts facts = deliveryClaim().claimed(Money.of(claimed, currency)).tenders(Fixtures.paidWith("99999")).build();

        Decision decision = POLICY.decide(facts, TERMS);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.rules()).containsExactly(rule);
        if (outcome == ESCALATE) {
            assertThat(decision.tier()).isEqualTo(TIER2);
            assertThat(decision.recommendation()).isEqualTo(Recommendation.REFUND);
            assertThat(decision.reasons()).contains("The refund is above the machine's automatic authority: a person"
                    + " must authorise it, and the policy recommends it.");
        }
    }

    @Test
    void namesTheLimitThatARefundExceeds() {
        Decision decision = POLICY.decide(deliveryClaim().claimed(Money.of("5000.01", "EUR"))
                .tenders(Fixtures.paidWith("5000.01")).build(), TERMS);

        assertThat(decision.reasons()).startsWith("The refund of 5000.01 EUR exceeds the automatic refund limit of 5000.00 EUR.",
                "The seller has not proved delivery: no proof of delivery was submitted by the seller or the carrier.");
    }

    @Test
    void saysWhenNoLimitIsConfiguredForTheCurrency() {
        Decision decision = POLICY.decide(deliveryClaim().claimed(Money.of("100", "JPY")).tenders(Fixtures.paidWith("100")).build(), TERMS);

        assertThat(decision.reasons()).contains("No automatic refund limit is configured for JPY, so the machine has no"
                + " authority to refund in that currency.");
    }

    @ParameterizedTest(name = "{0} JPY: {1}")
    @CsvSource({"500000, REFUND", "500001, ESCALATE"})
    void appliesAConfiguredLimitForAnotherCurrency(String claimed, DecisionOutcome outcome) {
        PolicyTerms terms = TERMS.withAutoRefundLimit(Currency.getInstance("JPY"), new BigDecimal("500000"));

        Decision decision = POLICY.decide(deliveryClaim().claimed(Money.of(claimed, "JPY"))
                .tenders(Fixtures.paidWith("900000")).build(), terms);

        assertThat(decision.outcome()).isEqualTo(outcome);
    }

    @Test
    void sufficientProofIsNotLimitedByTheAutomaticRefundLimit() {
        Decision decision = POLICY.decide(deliveryClaim().claimed(Money.of("9000.00", "EUR")).tenders(Fixtures.paidWith("9000.00"))
                .evidence(carrier(SIGNATURE, "signerIsRecipient", true)).build(), TERMS);

        assertThat(decision.rules()).containsExactly("INR-4");
    }

    @ParameterizedTest(name = "{0} s after the window closes: {1} (null: pending) by {2}")
    @CsvSource({"-1, , INR-0", "0, REFUND, INR-2", "3600, REFUND, INR-2"})
    void waitsWhileTheResponseWindowIsOpen(long secondsAfterClose, DecisionOutcome outcome, String rule) {
        Decision decision = POLICY.decide(deliveryClaim().decidedAt(WINDOW_CLOSES.plusSeconds(secondsAfterClose)).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.rules()).containsExactly(rule);
        assertThat(decision.isPending()).isEqualTo(outcome == null);
    }

    @Test
    void aPendingDecisionSaysUntilWhen() {
        Decision decision = POLICY.decide(deliveryClaim().decidedAt(WINDOW_CLOSES.minusSeconds(1)).build(), TERMS);

        assertThat(decision.reasons()).containsExactly("The seller and the carrier may submit proof of delivery until"
                + " the response window closes at 2026-03-09T09:00:00Z; nothing is decided before then.");
        assertThat(decision.tier()).isNull();
        assertThat(decision.refund()).isNull();
        assertThat(decision.signals()).isEmpty();
    }

    @Test
    void decidesOnTheEvidenceReceivedWhenTheWindowClosed() {
        Evidence lateSignature = submittedAt(carrier(SIGNATURE, "signerIsRecipient", true), WINDOW_CLOSES.plusSeconds(30));

        Decision decision = POLICY.decide(deliveryClaim().evidence(lateSignature).decidedAt(WINDOW_CLOSES.plusSeconds(60)).build(), TERMS);

        assertThat(decision.rules()).containsExactly("INR-2");
        assertThat(decision.reasons().get(0)).contains(lateSignature.label() + " was disregarded and counted for nothing because"
                + " it arrived at 2026-03-09T09:00:30Z, after the response window closed at 2026-03-09T09:00:00Z");
    }

    @Test
    void namesTheCustomersEvidenceEvenWhenItDoesNotDecide() {
        Evidence witness = customer(WITNESS_STATEMENT);

        Decision decision = POLICY.decide(deliveryClaim().evidence(witness).build(), TERMS);

        assertThat(decision.reasons()).contains("The customer's evidence counts 1 point: " + witness.label()
                + " counted 1 point because a witness statement weighs little on its own.");
    }

    @Test
    void citesTheLawOfTheJurisdiction() {
        assertThat(POLICY.decide(deliveryClaim().build(), TERMS).reasons())
                .anyMatch(reason -> reason.contains("Code civil art. 1353"));
        assertThat(POLICY.decide(deliveryClaim().jurisdiction(org.disputes.api.Jurisdiction.of("GB")).build(), TERMS).reasons())
                .anyMatch(reason -> reason.contains("Consumer Rights Act 2015 s.29"));
        assertThat(POLICY.decide(deliveryClaim().jurisdiction(org.disputes.api.Jurisdiction.of("US")).build(), TERMS).reasons())
                .anyMatch(reason -> reason.contains("12 CFR 1026.13(a)(3)"));
        assertThat(POLICY.decide(deliveryClaim().jurisdiction(org.disputes.api.Jurisdiction.of("DE")).build(), TERMS).reasons())
                .anyMatch(reason -> reason.contains("Directive 2011/83/EU art. 20"));
    }

    private static List<Evidence> concat(List<Evidence> first, Evidence... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toList();
    }
}
