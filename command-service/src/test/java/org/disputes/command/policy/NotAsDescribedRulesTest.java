package org.disputes.command.policy;

import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputes.api.evidence.EvidenceType.*;
import static org.disputes.command.policy.Fixtures.POLICY;
import static org.disputes.command.policy.Fixtures.TERMS;
import static org.disputes.command.policy.Fixtures.customer;
import static org.disputes.command.policy.Fixtures.goodsDispute;
import static org.disputes.command.policy.Fixtures.seller;
import static org.disputes.api.adjudication.DecisionOutcome.ESCALATE;
import static org.disputes.api.adjudication.DecisionOutcome.REFUND;
import static org.disputes.api.adjudication.Recommendation.DENY;
import static org.disputes.api.adjudication.EscalationTier.TIER2;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POLICY.md §4 for goods not as described: NAD-0 … NAD-6 and the presumption period (NAD-P). */
class NotAsDescribedRulesTest {

    private static final Instant DELIVERED = noonIn("DE", "2025-03-10");
    private static final Instant WITHIN = noonIn("DE", "2025-09-01");
    private static final Instant AFTER = noonIn("DE", "2026-09-01");

    @ParameterizedTest(name = "{0}: delivered {1}, reported {2}, within {3}")
    @CsvSource({
            "DE, 2024-03-10, 2025-03-10, true", "DE, 2024-03-10, 2025-03-11, false",
            "FR, 2024-03-10, 2025-03-11, true", "FR, 2024-03-10, 2026-03-10, true", "FR, 2024-03-10, 2026-03-11, false",
            "GB, 2024-03-10, 2025-03-10, true", "GB, 2024-03-10, 2025-03-11, false",
            "DE, 2024-02-29, 2025-02-28, true", "DE, 2024-02-29, 2025-03-01, false",
            "FR, 2024-02-29, 2026-02-28, true", "FR, 2024-02-29, 2026-03-01, false"})
    void countsThePresumptionPeriodInCalendarDaysOfTheJurisdiction(String jurisdiction, LocalDate delivered,
                                                                   LocalDate reported, boolean within) {
        CaseFacts facts = goodsDispute(jurisdiction, noonIn(jurisdiction, delivered.toString()),
                noonIn(jurisdiction, reported.toString())).build();

        assertThat(Presumption.of(facts, TERMS).within()).isEqualTo(within);
        assertThat(POLICY.decide(facts, TERMS).rules()).containsExactly(within ? "NAD-2" : "NAD-4");
    }

    @ParameterizedTest(name = "filed {1}: within {2}")
    @CsvSource({"2024-03-09T23:30:00Z, 2026-03-10T22:30:00Z, true", "2024-03-09T23:30:00Z, 2026-03-10T23:30:00Z, false"})
    void readsDatesInTheJurisdictionsTimeZone(Instant delivered, Instant filed, boolean within) {
        // 2024-03-09T23:30Z is 10 March in Paris; 2026-03-10T23:30Z is already 11 March there
        assertThat(Presumption.of(goodsDispute("FR", delivered, filed).build(), TERMS).within()).isEqualTo(within);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("within, nothing from the seller", WITHIN, List.of(), REFUND, null, null, "NAD-2"),
                arguments("within, the customer's photo alone", WITHIN, List.of(customer(DEFECT_PHOTO)), REFUND, null, null, "NAD-2"),
                arguments("within, an inspection proves conformity", WITHIN, List.of(seller(INSPECTION_REPORT)),
                        ESCALATE, TIER2, DENY, "NAD-1"),
                arguments("within, inspection against a weak statement", WITHIN, List.of(seller(INSPECTION_REPORT),
                        customer(WITNESS_STATEMENT)), ESCALATE, TIER2, DENY, "NAD-1"),
                arguments("within, both reach the bar", WITHIN, List.of(seller(INSPECTION_REPORT), customer(DEFECT_PHOTO)),
                        ESCALATE, TIER2, null, "NAD-5"),
                arguments("after, a defect photo proves the defect", AFTER, List.of(customer(DEFECT_PHOTO)), REFUND, null, null, "NAD-3"),
                arguments("after, an expert report", AFTER, List.of(customer(EXPERT_REPORT)), REFUND, null, null, "NAD-3"),
                arguments("after, a witness alone", AFTER, List.of(customer(WITNESS_STATEMENT)), ESCALATE, TIER2, DENY, "NAD-4"),
                arguments("after, nothing", AFTER, List.of(), ESCALATE, TIER2, DENY, "NAD-4"),
                arguments("after, the seller's inspection alone", AFTER, List.of(seller(INSPECTION_REPORT)),
                        ESCALATE, TIER2, DENY, "NAD-4"),
                arguments("after, both reach the bar", AFTER, List.of(seller(INSPECTION_REPORT), customer(EXPERT_REPORT)),
                        ESCALATE, TIER2, null, "NAD-5"),
                arguments("after, a delivery scan proves nothing about conformity", AFTER,
                        List.of(seller(GPS_SCAN, "distanceMeters", 3), customer(DEFECT_PHOTO)), REFUND, null, null, "NAD-3"));
    }

    @ParameterizedTest(name = "{0}: {6}")
    @MethodSource("rules")
    void decidesByTheFirstRuleThatFindsAVerdict(String scenario, Instant filed, List<Evidence> evidence, DecisionOutcome outcome,
                                                EscalationTier tier, Recommendation recommendation, String rule) {
        Decision decision = POLICY.decide(goodsDispute("DE", DELIVERED, filed).evidence(onTime(evidence, filed)).build(), TERMS);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.tier()).isEqualTo(tier);
        assertThat(decision.recommendation()).isEqualTo(recommendation);
        assertThat(decision.rules()).containsExactly(rule);
    }

    @ParameterizedTest(name = "{0} EUR reported {1}: {2}")
    @CsvSource({"5000.00, within, NAD-2", "5000.01, within, NAD-6", "5000.00, after, NAD-3", "5000.01, after, NAD-6"})
    void escalatesARefundAboveTheAutomaticLimit(String claimed, String when, String rule) {
        Instant filed = when.equals("within") ? WITHIN : AFTER;
        List<Evidence> evidence = when.equals("within") ? List.of() : List.of(customer(DEFECT_PHOTO));

        Decision decision = POLICY.decide(goodsDispute("DE", DELIVERED, filed).claimed(Money.of(claimed, "EUR"))
                .tenders(Fixtures.paidWith("6000.00")).evidence(onTime(evidence, filed)).build(), TERMS);

        assertThat(decision.rules()).containsExactly(rule);
        if (rule.equals("NAD-6")) {
            assertThat(decision.outcome()).isEqualTo(ESCALATE);
            assertThat(decision.recommendation()).isEqualTo(Recommendation.REFUND);
        }
    }

    @Test
    void explainsWhoCarriesTheBurdenAndWhy() {
        Instant filed = noonIn("FR", "2025-06-01");
        Evidence inspection = onTime(List.of(seller(INSPECTION_REPORT)), filed).get(0);

        Decision decision = POLICY.decide(goodsDispute("FR", noonIn("FR", "2024-03-10"), filed)
                .evidence(inspection).build(), TERMS);

        assertThat(decision.rules()).containsExactly("NAD-1");
        assertThat(decision.reasons()).containsExactly(
                "The lack of conformity was reported on 2025-06-01, within the presumption period of 2 years (FR) that"
                        + " runs from delivery on 2024-03-10 to 2026-03-10 included, so the seller must prove that the"
                        + " goods conformed (Directive (EU) 2019/771 art. 11).",
                "The seller has proved that the goods conformed: " + inspection.label() + " counted 4 points because an"
                        + " inspection found the goods as described; 4 points, at least the 4 needed.",
                "An outcome adverse to the customer is never taken by the machine alone (GDPR art. 22): a person"
                        + " decides, and the policy recommends denial.");
    }

    @Test
    void saysWhenThePresumptionPeriodEnded() {
        Decision decision = POLICY.decide(goodsDispute("DE", DELIVERED, AFTER).build(), TERMS);

        assertThat(decision.reasons()).startsWith("The lack of conformity was reported on 2026-09-01, after the"
                + " presumption period of 1 year (DE) that ran from delivery on 2025-03-10 and ended on 2026-03-10, so the"
                + " customer must prove the defect.", "The customer submitted no evidence beyond their own statement.");
    }

    @Test
    void waitsForTheResponseWindow() {
        CaseFacts.Builder facts = goodsDispute("DE", DELIVERED, WITHIN);
        Decision decision = POLICY.decide(facts.decidedAt(WITHIN).build(), TERMS);

        assertThat(decision.isPending()).isTrue();
        assertThat(decision.rules()).containsExactly("NAD-0");
    }

    @Test
    void needsTheDeliveryDate() {
        assertThatThrownBy(() -> goodsDispute("DE", DELIVERED, WITHIN).deliveredAt(null).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The items as submitted an hour after the dispute was filed. */
    private static List<Evidence> onTime(List<Evidence> evidence, Instant filed) {
        return evidence.stream().map(item -> Fixtures.submittedAt(item, filed.plusSeconds(3600))).toList();
    }

    private static Instant noonIn(String jurisdiction, String date) {
        ZoneId zone = TERMS.zoneOf(Jurisdiction.of(jurisdiction));
        return LocalDate.parse(date).atTime(LocalTime.NOON).atZone(zone).toInstant();
    }
}
