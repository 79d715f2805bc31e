package org.disputes.query.cases;

import org.disputes.api.CaseEvent;
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
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.api.refund.RefundIssued;
import org.disputes.api.scam.ScamChannel;
import org.disputes.api.scam.ScamContactId;
import org.disputes.api.scam.ScamReportLinked;
import org.disputes.testsupport.SealedFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every member of the sealed {@link CaseEvent} family is folded into the case view and told on the timeline: an
 * event added to the family fails here until it has a sample below and both handle it (each fails on an event it
 * does not know, rather than skip it).
 */
class EveryCaseEventTest {

    static final CaseId CASE = CaseId.of("5e51d5ca-585b-44d9-aa6a-0f4ddbf51956");
    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    static final Purchase PURCHASE = new Purchase("IT-403-2291", "CUST-77", "SELLER-1", "CARRIER-1", "COURIER-19",
            new Jurisdiction("FR"), Money.of("1229.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "1229.00")));
    static final DeliveryClaimFiled FILED = new DeliveryClaimFiled(CASE, PURCHASE, Money.of("100.00", "EUR"),
            DeliveryMethod.SECURE_OTP, AT.minusSeconds(86400), "never came", AT, AT.plusSeconds(259200));

    /** One event of each kind, as the command side records them. */
    static final Map<Class<?>, CaseEvent> SAMPLES = Stream.of(
            FILED,
            new CustomerDisputeOpened(CASE, PURCHASE, PURCHASE.amount(), DisputeReason.NOT_AS_DESCRIBED,
                    AT.minusSeconds(86400), AT.minusSeconds(3600), "not as described", AT, AT.plusSeconds(259200)),
            new EvidenceSubmitted(CASE, EvidenceId.of("11111111-1111-1111-1111-111111111111"), Party.CARRIER,
                    EvidenceType.GPS_SCAN, AT.minusSeconds(86400), new Sha256("a".repeat(64)),
                    URI.create("https://e.example/gps"), null, new EvidenceAttributes(Map.of("distanceMeters", 15)),
                    AT.plusSeconds(60)),
            new ProofRequested(CASE, List.of(Party.SELLER, Party.CARRIER), AT.plusSeconds(259200), AT),
            new CaseDecided(CASE, DecisionOutcome.ESCALATE, EscalationTier.TIER2, Recommendation.DENY, "bop-2026.1",
                    List.of("INR-4"), List.of("Delivery is proved."), List.of(), List.of(Signal.COURIER_PATTERN),
                    "policy", AT.plusSeconds(259200), AT.plusSeconds(2 * 259200)),
            new RecommendationUpdated(CASE, Recommendation.REFUND, "bop-2026.1", List.of("INR-3"),
                    List.of("Proof and rebuttal conflict."), List.of(), AT.plusSeconds(300000)),
            new EscalationOverdue(CASE, EscalationTier.TIER2, EscalationTier.TIER3, AT.plusSeconds(2 * 259200),
                    AT.plusSeconds(3 * 259200), AT.plusSeconds(2 * 259200)),
            new EscalatedCaseDecided(CASE, DecisionOutcome.DENY, "The signature proves the delivery.", "lead",
                    AT.plusSeconds(400000), AT.plusSeconds(500000)),
            new DecisionAppealed(CASE, "I was at work.", EscalationTier.TIER2, AT.plusSeconds(450000),
                    AT.plusSeconds(600000)),
            new RefundIssued(CASE, Money.of("100.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "100.00")),
                    "policy", AT.plusSeconds(259201)),
            new FraudSuspicionRecorded(CASE, true, "Same handset as case 42.", AT.plusSeconds(100)),
            new CaseClosed(CASE, "the appeal window passed without an appeal", AT.plusSeconds(700000)),
            new ScamReportLinked(CASE, UUID.fromString("22222222-2222-2222-2222-222222222222"),
                    ScamContactId.of("33333333-3333-3333-3333-333333333333"), ScamChannel.PHONE, "+33123456789",
                    "Amazon", AT.plusSeconds(120)))
            .collect(Collectors.toMap(Object::getClass, Function.identity()));

    static Stream<Class<?>> everyCaseEvent() {
        return SealedFamily.members(CaseEvent.class).stream();
    }

    @Test
    void theFamilyIsNotEmpty() {
        assertThat(everyCaseEvent()).contains(DeliveryClaimFiled.class, CaseClosed.class).hasSizeGreaterThan(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCaseEvent")
    void theCaseViewFoldsIt(Class<?> type) {
        CaseView opened = CaseViewFold.apply(null, FILED, 1);

        CaseView next = CaseViewFold.apply(opened, sampleOf(type), 2);

        assertThat(next).as("the view after a %s", type.getSimpleName()).isNotNull();
        assertThat(next.version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCaseEvent")
    void theTimelineTellsIt(Class<?> type) {
        assertThat(TimelineSentences.describe(sampleOf(type))).isNotBlank().endsWith(".");
    }

    @Test
    void whatIsNoCaseEventIsRefusedRatherThanSkipped() {
        CaseView opened = CaseViewFold.apply(null, FILED, 1);

        assertThatThrownBy(() -> CaseViewFold.apply(opened, "not an event", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CaseViewFold does not handle");
        assertThatThrownBy(() -> TimelineSentences.describe("not an event"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TimelineSentences does not tell");
    }

    private static CaseEvent sampleOf(Class<?> type) {
        CaseEvent sample = SAMPLES.get(type);
        if (sample == null) {
            fail("%s is a CaseEvent without a sample in EveryCaseEventTest.SAMPLES: add one, and fold it in"
                    + " CaseViewFold and tell it in TimelineSentences", type.getName());
        }
        return sample;
    }
}
