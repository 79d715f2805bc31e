package org.disputes.query.cases;

import org.disputes.api.CaseId;
import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
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
import org.disputes.api.adjudication.EvidenceWeight;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.adjudication.ReasonDetail;
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
import org.disputes.query.cases.CaseView.DecisionView;
import org.disputes.query.cases.CaseView.EscalationView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class CaseViewFoldTest {

    static final CaseId CASE = CaseId.of("5e51d5ca-585b-44d9-aa6a-0f4ddbf51956");
    static final Instant FILED = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant DECIDED = FILED.plusSeconds(259200);
    static final Instant ESCALATION_DUE = DECIDED.plusSeconds(14 * 86400);
    static final String OTP = "11111111-1111-1111-1111-111111111111";
    static final String CALL_LOG = "22222222-2222-2222-2222-222222222222";
    static final String JUSTIFICATION = "The courier's handset log shows the code typed at the door.";
    static final Purchase PURCHASE = new Purchase("IT-403-2291", "CUST-77", "SELLER-1", "CARRIER-1", "COURIER-19",
            new Jurisdiction("FR"), Money.of("1229.00", "EUR"),
            List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00")));

    @Test
    void aFiledClaimOpensTheViewAtVersionOne() {
        CaseView view = CaseViewFold.apply(null, filed(), 1);
        assertThat(view.caseId()).isEqualTo(CASE.toString());
        assertThat(view.kind()).isEqualTo(CaseKind.ITEM_NOT_RECEIVED);
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(view.amount()).isEqualTo(Money.of("1229.00", "EUR"));
        assertThat(view.claimedAmount()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(view.tenders()).hasSize(2);
        assertThat(view.deliveryMethod()).isEqualTo("SECURE_OTP");
        assertThat(view.responseDueBy()).isEqualTo(FILED.plusSeconds(259200));
        assertThat(view.evidence()).isEmpty();
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void aDisputeOpensTheViewOfItsKind() {
        CaseView view = CaseViewFold.apply(null, new CustomerDisputeOpened(CASE, PURCHASE, PURCHASE.amount(),
                DisputeReason.UNAUTHORIZED_TRANSACTION, FILED.minusSeconds(60), null, null, FILED,
                FILED.plusSeconds(86400)), 1);
        assertThat(view.kind()).isEqualTo(CaseKind.UNAUTHORIZED_TRANSACTION);
        assertThat(view.reason()).isEqualTo("UNAUTHORIZED_TRANSACTION");
    }

    @Test
    void theCustomersStatementFromTheFilingIsShownAndStaysThroughLaterEvents() {
        CaseView view = CaseViewFold.apply(null, filed(), 1);
        assertThat(view.statement()).isEqualTo("never came");
        view = CaseViewFold.apply(view, evidence("11111111-1111-1111-1111-111111111111", EvidenceType.CARRIER_SCAN), 2);
        view = CaseViewFold.apply(view, new CaseClosed(CASE, "withdrawn", FILED.plusSeconds(10)), 3);
        assertThat(view.statement()).isEqualTo("never came");

        CaseView dispute = CaseViewFold.apply(null, new CustomerDisputeOpened(CASE, PURCHASE, PURCHASE.amount(),
                DisputeReason.NOT_AS_DESCRIBED, FILED.minusSeconds(60), FILED.minusSeconds(30),
                "The screen arrived cracked.", FILED, FILED.plusSeconds(86400)), 1);
        assertThat(dispute.statement()).isEqualTo("The screen arrived cracked.");
        CaseView silent = CaseViewFold.apply(null, new CustomerDisputeOpened(CASE, PURCHASE, PURCHASE.amount(),
                DisputeReason.UNAUTHORIZED_TRANSACTION, FILED.minusSeconds(60), null, null, FILED,
                FILED.plusSeconds(86400)), 1);
        assertThat(silent.statement()).isNull();

        JsonMapper json = JsonMapper.builder().build();
        ObjectNode storedBefore = (ObjectNode) json.valueToTree(view);
        storedBefore.remove("statement");
        assertThat(json.treeToValue(storedBefore, CaseView.class).statement()).as("a view stored before").isNull();
        assertThat(CaseViewFold.apply(null, filed(), 1).statement()).as("a rebuild restores it").isEqualTo("never came");
    }

    @Test
    void evidenceIsAppendedInOrderAndRaisesTheVersion() {
        CaseView view = CaseViewFold.apply(null, filed(), 1);
        view = CaseViewFold.apply(view, evidence("11111111-1111-1111-1111-111111111111", EvidenceType.CARRIER_SCAN), 2);
        view = CaseViewFold.apply(view, evidence("22222222-2222-2222-2222-222222222222", EvidenceType.GPS_SCAN), 3);
        assertThat(view.evidence()).extracting(EvidenceView::type).containsExactly("CARRIER_SCAN", "GPS_SCAN");
        assertThat(view.evidence().get(1).attributes()).containsEntry("distanceMeters", 15);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aClosedCaseShowsClosed() {
        CaseView view = CaseViewFold.apply(CaseViewFold.apply(null, filed(), 1),
                new CaseClosed(CASE, "appeal window passed", FILED.plusSeconds(10)), 2);
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void theSameHistoryAlwaysFoldsToTheSameView() {
        CaseView once = CaseViewFold.apply(CaseViewFold.apply(null, filed(), 1),
                evidence("11111111-1111-1111-1111-111111111111", EvidenceType.CARRIER_SCAN), 2);
        CaseView again = CaseViewFold.apply(CaseViewFold.apply(null, filed(), 1),
                evidence("11111111-1111-1111-1111-111111111111", EvidenceType.CARRIER_SCAN), 2);
        assertThat(again).isEqualTo(once);
    }

    @Test
    void timelineSentencesNameWhoDidWhat() {
        assertThat(TimelineSentences.describe(filed())).contains("Customer CUST-77", "order IT-403-2291",
                "1229.00 EUR", "asked for 100.00 EUR", "must prove delivery by");
        assertThat(TimelineSentences.describe(evidence("11111111-1111-1111-1111-111111111111", EvidenceType.GPS_SCAN)))
                .isEqualTo("The carrier submitted gps scan evidence 11111111-1111-1111-1111-111111111111, captured at "
                        + "2026-11-19T18:00:00Z.");
    }

    @Test
    void eventsBeforeTheFilingMakeNoView() {
        assertThat(CaseViewFold.apply(null, proofRequested(), 1)).isNull();
        assertThat(CaseViewFold.apply(null, refund(), 1)).isNull();
    }

    @Test
    void aProofRequestOnlyMovesTheVersion() {
        CaseView before = CaseViewFold.apply(null, filed(), 1);
        CaseView after = CaseViewFold.apply(before, proofRequested(), 2);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.withVersion(1)).isEqualTo(before);
    }

    /** S1: a code given away on the phone proves nothing; the policy refunds, and the refund shows once issued. */
    @Test
    void aPolicyRefundWeighsTheEvidenceRaisesSignalsAndShowsRefundedOnceIssued() {
        CaseView view = fold(filed(), otpConfirmation(), callLog(), refundDecision());

        assertThat(view.status()).as("decided, but nothing paid back yet").isEqualTo(CaseStatus.OPEN);
        assertThat(view.decision()).isEqualTo(new DecisionView("REFUND", null, null, "bop-2026.1", List.of("INR-2"),
                List.of("The seller has not proved delivery: the code was given by phone.", "Second reason."),
                "policy", DECIDED));
        assertThat(view.signals()).containsExactly("OTP_REMOTE_DISCLOSURE");
        assertThat(view.evidence()).extracting(EvidenceView::evidenceId, EvidenceView::weight)
                .containsExactly(tuple(OTP, "NONE"),
                        tuple(CALL_LOG, "WEAK"));
        assertThat(view.escalation()).isNull();
        assertThat(view.refund()).isNull();

        view = CaseViewFold.apply(view, refund(), 5);
        assertThat(view.status()).isEqualTo(CaseStatus.REFUNDED);
        assertThat(view.refund().total()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(view.refund().tenders()).containsExactly(Tender.of(TenderMethod.CARD, "81.37"),
                Tender.of(TenderMethod.GIFT_CARD, "18.63"));
        assertThat(view.refund().issuedAt()).isEqualTo(DECIDED.plusSeconds(1));
        assertThat(view.decision().outcome()).isEqualTo("REFUND");
        assertThat(view.version()).isEqualTo(5);
    }

    @Test
    void aDecisionShowsItsReasonsAsDataAsTheyWereRecorded() {
        ReasonDetail because = new ReasonDetail("WEIGHT.OTP_GIVEN_REMOTELY", Map.of("channel", "PHONE"));
        List<ReasonDetail> details = List.of(
                new ReasonDetail("SELLER_PROOF.NOT_MET", Map.of("kind", "ITEM_NOT_RECEIVED", "points", "0",
                        "needed", "4", "items", List.of(new ReasonDetail("EVIDENCE.DISREGARDED", Map.of(
                                "evidenceId", OTP, "evidenceType", "OTP_CONFIRMATION", "because", because))))),
                new ReasonDetail("INR-2.REFUND", Map.of("claimed", "100.00", "currency", "EUR")));
        CaseDecided decided = refundDecision();
        decided = new CaseDecided(CASE, decided.outcome(), null, null, decided.policyVersion(), decided.rules(),
                decided.reasons(), decided.weighedEvidence(), decided.signals(), "policy", DECIDED, null, details);

        CaseView view = fold(filed(), otpConfirmation(), callLog(), decided);

        assertThat(view.decision().reasonDetails()).isEqualTo(details).hasSameSizeAs(view.decision().reasons());
    }

    @Test
    void aDecisionRecordedBeforeReasonsWereDataStillReadsAndShowsNoneAsData() {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode recorded = (ObjectNode) json.valueToTree(refundDecision());
        recorded.remove("reasonDetails");

        CaseDecided old = json.treeToValue(recorded, CaseDecided.class);
        CaseView view = fold(filed(), otpConfirmation(), callLog(), old);

        assertThat(view.decision().reasons()).hasSize(2);
        assertThat(view.decision().reasonDetails()).isEmpty();
        ObjectNode storedView = (ObjectNode) json.valueToTree(view);
        ((ObjectNode) storedView.get("decision")).remove("reasonDetails");
        assertThat(json.treeToValue(storedView, CaseView.class)).as("a view stored before").isEqualTo(view);
    }

    @Test
    void anEscalationSendsTheCaseToPeopleWithTheAdviceAndTheDueDate() {
        CaseView view = fold(filed(), otpConfirmation(), escalation(EscalationTier.TIER2, Recommendation.DENY));

        assertThat(view.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(view.decision().outcome()).isEqualTo("ESCALATE");
        assertThat(view.decision().tier()).isEqualTo("TIER2");
        assertThat(view.decision().recommendation()).isEqualTo("DENY");
        assertThat(view.escalation()).isEqualTo(new EscalationView("TIER2", "DENY", DECIDED, ESCALATION_DUE, false,
                List.of("Delivery is proved and nothing rebuts it; a person decides.")));
        assertThat(view.evidence().get(0).weight()).isEqualTo("MODERATE");
    }

    @Test
    void signalsAccumulateInTheOrderRaisedEachOnce() {
        CaseDecided first = new CaseDecided(CASE, DecisionOutcome.ESCALATE, EscalationTier.FRAUD_REVIEW, null,
                "bop-2026.1", List.of("INR-1"), List.of("Repeat claimant."), List.of(),
                List.of(Signal.OTP_REMOTE_DISCLOSURE), "policy", DECIDED, ESCALATION_DUE);
        CaseDecided second = new CaseDecided(CASE, DecisionOutcome.ESCALATE, EscalationTier.FRAUD_REVIEW, null,
                "bop-2026.1", List.of("INR-1"), List.of("Repeat claimant."), null,
                List.of(Signal.COURIER_PATTERN, Signal.OTP_REMOTE_DISCLOSURE), "policy", DECIDED, ESCALATION_DUE);
        assertThat(fold(filed(), first, second).signals())
                .containsExactly("OTP_REMOTE_DISCLOSURE", "COURIER_PATTERN");
    }

    @Test
    void newEvidenceOnAnEscalatedCaseChangesTheAdviceButNotTheDecisionTaken() {
        CaseView escalated = fold(filed(), otpConfirmation(), escalation(EscalationTier.TIER2, Recommendation.DENY),
                callLog());
        CaseView view = CaseViewFold.apply(escalated, new RecommendationUpdated(CASE, Recommendation.REFUND,
                "bop-2026.1", List.of("INR-2"), List.of("The code was given by phone: delivery is no longer proved."),
                List.of(new EvidenceWeight(EvidenceId.of(OTP), "NONE", 0, "code given by phone"),
                        new EvidenceWeight(EvidenceId.of(CALL_LOG), "WEAK", 1, "a call log")),
                DECIDED.plusSeconds(3600)), 5);

        assertThat(view.decision()).as("what the policy decided then stays on record").isEqualTo(escalated.decision());
        assertThat(view.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(view.escalation()).isEqualTo(new EscalationView("TIER2", "REFUND", DECIDED, ESCALATION_DUE, false,
                List.of("The code was given by phone: delivery is no longer proved.")));
        assertThat(view.evidence()).extracting(EvidenceView::weight).containsExactly("NONE", "WEAK");
    }

    @Test
    void anOverdueEscalationIsRaisedATierWithANewDueDate() {
        Instant newDue = ESCALATION_DUE.plusSeconds(14 * 86400);
        CaseView view = fold(filed(), escalation(EscalationTier.TIER2, Recommendation.DENY),
                new EscalationOverdue(CASE, EscalationTier.TIER2, EscalationTier.TIER3, ESCALATION_DUE, newDue,
                        ESCALATION_DUE.plusSeconds(1)));
        assertThat(view.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(view.escalation().tier()).isEqualTo("TIER3");
        assertThat(view.escalation().dueBy()).isEqualTo(newDue);
        assertThat(view.escalation().overdue()).isTrue();
        assertThat(view.escalation().since()).isEqualTo(DECIDED);
        assertThat(view.escalation().recommendation()).isEqualTo("DENY");
    }

    /** S3: a person denies, the customer appeals, a person refunds on appeal, the refund is issued. */
    @Test
    void aDenialAppealedAndReversedShowsEachStepAndKeepsTheEarlierDecisionVisibleOnAppeal() {
        Instant deniedAt = DECIDED.plusSeconds(86400);
        CaseView view = fold(filed(), otpConfirmation(), escalation(EscalationTier.TIER2, Recommendation.DENY),
                new EscalatedCaseDecided(CASE, DecisionOutcome.DENY, JUSTIFICATION, "lead", deniedAt,
                        deniedAt.plusSeconds(30 * 86400)));
        assertThat(view.status()).isEqualTo(CaseStatus.DENIED);
        assertThat(view.escalation()).isNull();
        DecisionView denial = new DecisionView("DENY", null, null, "bop-2026.1", List.of(), List.of(JUSTIFICATION),
                List.of(new ReasonDetail(EscalatedCaseDecided.JUSTIFIED_BY_PERSON, Map.of("outcome", "DENY"))),
                "lead", deniedAt);
        assertThat(view.decision()).isEqualTo(denial);

        Instant appealedAt = deniedAt.plusSeconds(86400);
        Instant appealDue = appealedAt.plusSeconds(14 * 86400);
        view = CaseViewFold.apply(view, new DecisionAppealed(CASE, "I was at work all day, ask my employer.",
                EscalationTier.TIER2, appealedAt, appealDue), 5);
        assertThat(view.status()).isEqualTo(CaseStatus.APPEALED);
        assertThat(view.escalation()).isEqualTo(new EscalationView("TIER2", null, appealedAt, appealDue, false,
                List.of("I was at work all day, ask my employer.")));
        assertThat(view.decision()).as("the denial appealed against stays visible").isEqualTo(denial);

        Instant reversedAt = appealedAt.plusSeconds(86400);
        view = CaseViewFold.apply(view, new EscalatedCaseDecided(CASE, DecisionOutcome.REFUND,
                "The employer confirms the customer was away; delivery is not proved.", "lead2", reversedAt, null), 6);
        assertThat(view.status()).as("refunded only once the refund is issued").isEqualTo(CaseStatus.APPEALED);
        assertThat(view.escalation()).isNull();
        assertThat(view.decision().outcome()).isEqualTo("REFUND");
        assertThat(view.decision().decidedBy()).isEqualTo("lead2");
        assertThat(view.decision().policyVersion()).isEqualTo("bop-2026.1");

        view = CaseViewFold.apply(view, refund(), 7);
        assertThat(view.status()).isEqualTo(CaseStatus.REFUNDED);
        assertThat(view.refund()).isNotNull();
        assertThat(view.evidence()).extracting(EvidenceView::weight).containsExactly("MODERATE");
    }

    @Test
    void aFraudSuspicionIsShownWithWhetherTheRegulatorWasTold() {
        CaseView view = fold(filed(), new FraudSuspicionRecorded(CASE, true, "Same handset as case 42.",
                FILED.plusSeconds(60)));
        assertThat(view.fraudSuspicion()).isEqualTo(new CaseView.FraudSuspicionView(true, "Same handset as case 42.",
                FILED.plusSeconds(60)));
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aWholeAdjudicatedHistoryAlwaysFoldsToTheSameView() {
        Object[] history = {filed(), proofRequested(), otpConfirmation(), callLog(), refundDecision(), refund(),
                new CaseClosed(CASE, "nothing left to decide", DECIDED.plusSeconds(60))};
        assertThat(fold(history)).isEqualTo(fold(history));
        assertThat(fold(history).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(fold(history).refund()).isNotNull();
    }

    @Test
    void timelineSentencesTellEachAdjudicationStep() {
        assertThat(TimelineSentences.describe(proofRequested())).isEqualTo(
                "The seller and the carrier were asked for proof, due by 2026-11-23T09:00:00Z.");
        assertThat(TimelineSentences.describe(refundDecision())).isEqualTo(
                "The policy (bop-2026.1, rule INR-2) decided to refund the customer: The seller has not proved "
                        + "delivery: the code was given by phone. Signal raised: OTP_REMOTE_DISCLOSURE.");
        assertThat(TimelineSentences.describe(escalation(EscalationTier.TIER2, Recommendation.DENY))).isEqualTo(
                "The policy (bop-2026.1, rule INR-4) escalated the case to tier 2, recommending denying the claim, "
                        + "to be decided by 2026-12-07T09:00:00Z: Delivery is proved and nothing rebuts it; a person "
                        + "decides.");
        assertThat(TimelineSentences.describe(escalation(EscalationTier.FRAUD_REVIEW, null)))
                .contains("escalated the case to fraud review, with no recommendation");
        assertThat(TimelineSentences.describe(new RecommendationUpdated(CASE, Recommendation.REFUND, "bop-2026.1",
                List.of("INR-2"), List.of("Delivery is no longer proved."), List.of(), DECIDED))).isEqualTo(
                "New evidence was weighed again (bop-2026.1, rule INR-2); the policy now recommends a refund: "
                        + "Delivery is no longer proved.");
        assertThat(TimelineSentences.describe(new EscalationOverdue(CASE, EscalationTier.TIER2, EscalationTier.TIER3,
                ESCALATION_DUE, ESCALATION_DUE.plusSeconds(86400), ESCALATION_DUE))).isEqualTo(
                "Nobody decided the escalated case by 2026-12-07T09:00:00Z: the breach was recorded and the case was "
                        + "raised from tier 2 to tier 3, now due by 2026-12-08T09:00:00Z.");
        assertThat(TimelineSentences.describe(new EscalationOverdue(CASE, EscalationTier.FRAUD_REVIEW,
                EscalationTier.FRAUD_REVIEW, ESCALATION_DUE, ESCALATION_DUE.plusSeconds(86400), ESCALATION_DUE)))
                .contains("it stays with fraud review");
        assertThat(TimelineSentences.describe(new EscalatedCaseDecided(CASE, DecisionOutcome.DENY, JUSTIFICATION,
                "lead", DECIDED, DECIDED.plusSeconds(30 * 86400)))).isEqualTo(
                "The escalation team (lead) denied the claim: \"" + JUSTIFICATION + "\" The customer may appeal "
                        + "until 2026-12-23T09:00:00Z.");
        assertThat(TimelineSentences.describe(new EscalatedCaseDecided(CASE, DecisionOutcome.REFUND, JUSTIFICATION,
                "lead", DECIDED, null))).isEqualTo(
                "The escalation team (lead) decided to refund the customer: \"" + JUSTIFICATION + "\"");
        assertThat(TimelineSentences.describe(new DecisionAppealed(CASE, "I was at work", EscalationTier.TIER2,
                DECIDED, ESCALATION_DUE))).startsWith("The customer appealed the denial: \"I was at work.\" The case");
        assertThat(TimelineSentences.describe(new DecisionAppealed(CASE, "I was at work.", EscalationTier.TIER2,
                DECIDED, ESCALATION_DUE))).isEqualTo("The customer appealed the denial: \"I was at work.\" The case "
                + "is back with tier 2, to be decided by 2026-12-07T09:00:00Z.");
        assertThat(TimelineSentences.describe(refund())).isEqualTo(
                "A refund of 100.00 EUR was issued: 81.37 EUR back to the card, 18.63 EUR back to the gift card.");
        assertThat(TimelineSentences.describe(new FraudSuspicionRecorded(CASE, true, "Same handset as case 42",
                DECIDED))).isEqualTo("A fraud suspicion was recorded on the case; the regulator was notified: "
                + "Same handset as case 42.");
        assertThat(TimelineSentences.describe(new FraudSuspicionRecorded(CASE, false, null, DECIDED)))
                .isEqualTo("A fraud suspicion was recorded on the case; the regulator was not notified.");
    }

    private static CaseView fold(Object... history) {
        CaseView view = null;
        for (int i = 0; i < history.length; i++) {
            view = CaseViewFold.apply(view, history[i], i + 1);
        }
        return view;
    }

    private static ProofRequested proofRequested() {
        return new ProofRequested(CASE, List.of(Party.SELLER, Party.CARRIER), DECIDED, FILED);
    }

    private static EvidenceSubmitted otpConfirmation() {
        return new EvidenceSubmitted(CASE, EvidenceId.of(OTP), Party.CARRIER, EvidenceType.OTP_CONFIRMATION,
                FILED.minusSeconds(86400), new Sha256("a".repeat(64)), URI.create("https://e.example/otp"), null,
                new EvidenceAttributes(Map.of("channel", "IN_PERSON")), FILED.plusSeconds(60));
    }

    private static EvidenceSubmitted callLog() {
        return new EvidenceSubmitted(CASE, EvidenceId.of(CALL_LOG), Party.CUSTOMER, EvidenceType.COMMUNICATION_LOG,
                FILED.minusSeconds(86000), new Sha256("b".repeat(64)), URI.create("https://e.example/call"), null,
                new EvidenceAttributes(Map.of("otpRequestedRemotely", true)), FILED.plusSeconds(120));
    }

    private static CaseDecided refundDecision() {
        return new CaseDecided(CASE, DecisionOutcome.REFUND, null, null, "bop-2026.1", List.of("INR-2"),
                List.of("The seller has not proved delivery: the code was given by phone.", "Second reason."),
                List.of(new EvidenceWeight(EvidenceId.of(OTP), "NONE", 0, "code given by phone"),
                        new EvidenceWeight(EvidenceId.of(CALL_LOG), "WEAK", 1, "a call log")),
                List.of(Signal.OTP_REMOTE_DISCLOSURE), "policy", DECIDED, null);
    }

    private static CaseDecided escalation(EscalationTier tier, Recommendation recommendation) {
        return new CaseDecided(CASE, DecisionOutcome.ESCALATE, tier, recommendation, "bop-2026.1",
                List.of("INR-4"), List.of("Delivery is proved and nothing rebuts it; a person decides."),
                List.of(new EvidenceWeight(EvidenceId.of(OTP), "MODERATE", 2, "code entered in person")),
                List.of(), "policy", DECIDED, ESCALATION_DUE);
    }

    private static RefundIssued refund() {
        return new RefundIssued(CASE, Money.of("100.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "81.37"), Tender.of(TenderMethod.GIFT_CARD, "18.63")),
                "policy", DECIDED.plusSeconds(1));
    }

    private static DeliveryClaimFiled filed() {
        return new DeliveryClaimFiled(CASE, PURCHASE, Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP,
                FILED.minusSeconds(86400), "never came", FILED, FILED.plusSeconds(259200));
    }

    private static EvidenceSubmitted evidence(String id, EvidenceType type) {
        return new EvidenceSubmitted(CASE, EvidenceId.of(id), Party.CARRIER, type,
                Instant.parse("2026-11-19T18:00:00Z"), new Sha256("a".repeat(64)), URI.create("https://e.example/1"),
                null, new EvidenceAttributes(Map.of("distanceMeters", 15)), FILED.plusSeconds(30));
    }
}
