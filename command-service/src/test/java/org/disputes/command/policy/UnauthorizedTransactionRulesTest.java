package org.disputes.command.policy;

import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.api.evidence.EvidenceType.*;
import static org.disputes.command.policy.Fixtures.POLICY;
import static org.disputes.command.policy.Fixtures.TERMS;
import static org.disputes.command.policy.Fixtures.WINDOW_CLOSES;
import static org.disputes.command.policy.Fixtures.customer;
import static org.disputes.command.policy.Fixtures.seller;
import static org.disputes.command.policy.Fixtures.submittedAt;
import static org.disputes.command.policy.Fixtures.unauthorizedPayment;
import static org.disputes.api.adjudication.DecisionOutcome.ESCALATE;
import static org.disputes.api.adjudication.DecisionOutcome.REFUND;
import static org.disputes.api.adjudication.Recommendation.DENY;
import static org.disputes.api.adjudication.EscalationTier.FRAUD_REVIEW;
import static org.disputes.api.adjudication.EscalationTier.TIER2;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POLICY.md §4 for unauthorised payments: UT-0 … UT-4, tried in the order UT-2, UT-4, UT-3, UT-1. */
class UnauthorizedTransactionRulesTest {

    private static final Instant BEFORE = WINDOW_CLOSES.minusSeconds(3600);
    private static final Instant AFTER = WINDOW_CLOSES.plusSeconds(1);

    @Test
    void refundsAnUnauthorisedPaymentWhenNoFraudSuspicionWasNotified() {
        Decision decision = POLICY.decide(unauthorizedPayment().build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(REFUND);
        assertThat(decision.rules()).containsExactly("UT-1");
        assertThat(decision.refund().total()).isEqualTo(Money.of("250.00", "EUR"));
        assertThat(decision.reasons()).containsExactly(
                "The merchant has not proved that the customer authorised the payment: no proof of authentication and"
                        + " authorisation was submitted by the merchant.",
                "No fraud suspicion was notified to the regulator by the refund deadline of 2026-03-09T09:00:00Z.",
                "The payer's provider refunds an unauthorised payment by the end of the next business day (PSD2 art. 73)."
                        + " The claimed 250.00 EUR is refunded over the original tenders, in proportion to what each paid.");
    }

    @Test
    void escalatesToFraudReviewWhenTheRegulatorWasNotifiedBeforeTheDeadline() {
        Decision decision = POLICY.decide(unauthorizedPayment().fraudSuspicion(new FraudSuspicion(true, BEFORE)).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(ESCALATE);
        assertThat(decision.tier()).isEqualTo(FRAUD_REVIEW);
        assertThat(decision.recommendation()).isNull();
        assertThat(decision.rules()).containsExactly("UT-2");
        assertThat(decision.reasons().get(0)).isEqualTo("An agent recorded a fraud suspicion at 2026-03-09T08:00:00Z and"
                + " notified the regulator, before the refund deadline of 2026-03-09T09:00:00Z.");
    }

    static Stream<Arguments> rules() {
        Evidence sca = seller(SCA_RECORD);
        Evidence device = seller(DEVICE_MATCH);
        return Stream.of(
                arguments("nothing at all", List.of(), List.of(), REFUND, null, null, "UT-1"),
                arguments("notified before the deadline", List.of(new FraudSuspicion(true, BEFORE)), List.of(),
                        ESCALATE, FRAUD_REVIEW, null, "UT-2"),
                arguments("notified at the deadline", List.of(new FraudSuspicion(true, WINDOW_CLOSES)), List.of(),
                        ESCALATE, FRAUD_REVIEW, null, "UT-2"),
                arguments("notified after the deadline", List.of(new FraudSuspicion(true, AFTER)), List.of(),
                        REFUND, null, null, "UT-1"),
                arguments("suspected but regulator not notified", List.of(new FraudSuspicion(false, BEFORE)), List.of(),
                        REFUND, null, null, "UT-1"),
                arguments("a credential alone", List.of(), List.of(sca), REFUND, null, null, "UT-1"),
                arguments("the same record twice", List.of(), List.of(sca, seller(SCA_RECORD)), REFUND, null, null, "UT-1"),
                arguments("SCA and the customer's device: exactly 4", List.of(), List.of(sca, device),
                        ESCALATE, TIER2, DENY, "UT-3"),
                arguments("proof against a weak statement", List.of(), List.of(sca, device, customer(WITNESS_STATEMENT)),
                        ESCALATE, TIER2, DENY, "UT-3"),
                arguments("proof against a police report", List.of(), List.of(sca, device, customer(POLICE_REPORT)),
                        ESCALATE, TIER2, null, "UT-4"),
                arguments("fraud review outranks proof", List.of(new FraudSuspicion(true, BEFORE)), List.of(sca, device),
                        ESCALATE, FRAUD_REVIEW, null, "UT-2"),
                arguments("proof after the deadline", List.of(), List.of(submittedAt(sca, AFTER), submittedAt(device, AFTER)),
                        REFUND, null, null, "UT-1"));
    }

    @ParameterizedTest(name = "{0}: {6}")
    @MethodSource("rules")
    void decidesByTheFirstRuleThatFindsAVerdict(String scenario, List<FraudSuspicion> suspicions, List<Evidence> evidence,
                                                DecisionOutcome outcome, EscalationTier tier, Recommendation recommendation, String rule) {
        CaseFacts.Builder facts = unauthorizedPayment().evidence(evidence).decidedAt(AFTER.plusSeconds(60));
        suspicions.forEach(facts::fraudSuspicion);

        Decision decision = POLICY.decide(facts.build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.tier()).isEqualTo(tier);
        assertThat(decision.recommendation()).isEqualTo(recommendation);
        assertThat(decision.rules()).containsExactly(rule);
    }

    @Test
    void saysASuspicionWithoutNotificationDoesNotStopTheRefund() {
        Decision decision = POLICY.decide(unauthorizedPayment().fraudSuspicion(new FraudSuspicion(false, BEFORE)).build(), TERMS);

        assertThat(decision.reasons()).contains("An agent recorded a fraud suspicion at 2026-03-09T08:00:00Z without"
                + " notifying the regulator; without that notification PSD2 art. 73(1) still requires the refund.");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"9000.00, EUR", "100000, JPY"})
    void refundsAnUnauthorisedPaymentWhateverTheAutomaticLimit(String claimed, String currency) {
        Decision decision = POLICY.decide(unauthorizedPayment().claimed(Money.of(claimed, currency))
                .tenders(Fixtures.paidWith(claimed)).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(REFUND);
        assertThat(decision.rules()).containsExactly("UT-1");
    }

    @Test
    void waitsForTheRefundDeadline() {
        Decision decision = POLICY.decide(unauthorizedPayment().fraudSuspicion(new FraudSuspicion(true, BEFORE))
                .decidedAt(BEFORE).build(), TERMS);

        assertThat(decision.isPending()).isTrue();
        assertThat(decision.rules()).containsExactly("UT-0");
    }

    @Test
    void raisesNoCourierSignalsOnAPayment() {
        Decision decision = POLICY.decide(unauthorizedPayment()
                .evidence(customer(COMMUNICATION_LOG, "otpRequestedRemotely", true)).courier("COURIER-7", 5).build(), TERMS);

        assertThat(decision.signals()).isEmpty();
    }
}
