package org.disputes.command.cases;

import org.disputes.platform.problem.ProblemCode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.disputes.api.CaseStatus;
import org.disputes.api.adjudication.AppealDecision;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.CloseCase;
import org.disputes.api.adjudication.DecideCase;
import org.disputes.api.adjudication.DecideEscalatedCase;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.EvidenceWeight;
import org.disputes.api.adjudication.MarkEscalationOverdue;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.api.adjudication.RequestProof;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.SubmitEvidence;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.api.fraud.RecordFraudSuspicion;
import org.disputes.api.refund.RefundIssued;
import org.disputes.command.adjudication.Adjudicator;
import org.disputes.command.adjudication.Verdicts;
import org.disputes.command.policy.PolicyVersion;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.deepEquals;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.disputes.command.cases.CaseFixtures.APPEAL_WINDOW;
import static org.disputes.command.cases.CaseFixtures.CASE_ID;
import static org.disputes.command.cases.CaseFixtures.ESCALATION_SLA;
import static org.disputes.command.cases.CaseFixtures.NOW;
import static org.disputes.command.cases.CaseFixtures.RESPONSE_WINDOW;
import static org.disputes.command.cases.CaseFixtures.ZONES;
import static org.disputes.command.cases.CaseFixtures.card;
import static org.disputes.command.cases.CaseFixtures.caseClosed;
import static org.disputes.command.cases.CaseFixtures.claim;
import static org.disputes.command.cases.CaseFixtures.conflict;
import static org.disputes.command.cases.CaseFixtures.dispute;
import static org.disputes.command.cases.CaseFixtures.eur;
import static org.disputes.command.cases.CaseFixtures.evidence;
import static org.disputes.command.cases.CaseFixtures.giftCard;
import static org.disputes.command.cases.CaseFixtures.purchase;
import static org.disputes.command.cases.CaseFixtures.violates;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

/**
 * How a {@link DisputeCase} is adjudicated: the policy's decision when the window closes, the escalation team's
 * decision, appeals, the SLA and the appeal window as the saga reports them, evidence weighed again, and the refund
 * that is issued at most once. Each story of SCENARIOS.md is told here as the case's events; time is
 * {@link CaseFixtures#NOW} unless a story needs another clock.
 */
class AdjudicationTest {

    /** A claim filed four days ago: its response window closed a day ago. */
    static final Instant FILED = NOW.minus(Duration.ofDays(4));
    static final Instant WINDOW_CLOSED = FILED.plus(RESPONSE_WINDOW);
    /** Evidence that arrived inside the window. */
    static final Instant IN_THE_WINDOW = FILED.plus(Duration.ofDays(1));

    static final EvidenceId E1 = EvidenceId.of("11111111-1111-4111-8111-111111111111");
    static final EvidenceId E2 = EvidenceId.of("22222222-2222-4222-8222-222222222222");
    static final EvidenceId E3 = EvidenceId.of("33333333-3333-4333-8333-333333333333");
    static final EvidenceId LATE = EvidenceId.of("44444444-4444-4444-8444-444444444444");

    static final String JUSTIFICATION = "The recipient's own signature proves that the parcel was delivered.";
    static final String LEAD = "lead-1";

    private FixtureConfiguration<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(CaseFixtures.calendar(), CaseFixtures.adjudicator());
    }

    private static FixtureConfiguration<DisputeCase> fixture(CaseCalendar calendar, Adjudicator adjudicator) {
        FixtureConfiguration<DisputeCase> fixture = new AggregateTestFixture<>(DisputeCase.class);
        fixture.registerInjectableResource(calendar);
        fixture.registerInjectableResource(adjudicator);
        return fixture;
    }

    private static CaseCalendar calendarAt(Instant now) {
        return new CaseCalendar(Clock.fixed(now, ZoneOffset.UTC), ZONES, RESPONSE_WINDOW, Optional.empty());
    }

    // ---------------------------------------------------------------- the case's history, as events

    static DeliveryClaimFiled filed() {
        return claim().filed(FILED);
    }

    static EvidenceSubmitted signatureByTheRecipient() {
        return evidence().id(E1).by(Party.CARRIER, EvidenceType.SIGNATURE).description("Signed on the handset")
                .attributes(Map.of("signerIsRecipient", true)).submitted(IN_THE_WINDOW);
    }

    static CaseDecided escalatedForDenial() {
        return new CaseDecided(CASE_ID, DecisionOutcome.ESCALATE, EscalationTier.TIER2, Recommendation.DENY,
                PolicyVersion.CURRENT, List.of("INR-4"), List.of("The seller has proved delivery."), List.of(),
                List.of(), Verdicts.POLICY, WINDOW_CLOSED, WINDOW_CLOSED.plus(ESCALATION_SLA));
    }

    static CaseDecided refundedByThePolicy() {
        return new CaseDecided(CASE_ID, DecisionOutcome.REFUND, null, null, PolicyVersion.CURRENT, List.of("INR-2"),
                List.of("The seller has not proved delivery."), List.of(), List.of(), Verdicts.POLICY, WINDOW_CLOSED,
                null);
    }

    static RefundIssued refundIssued(String decidedBy, Instant at) {
        return new RefundIssued(CASE_ID, eur("300.00"), List.of(card("200.00"), giftCard("100.00")), decidedBy, at);
    }

    /** Denied by the lead {@code daysAgo} days before NOW; the appeal window runs 30 days from then. */
    static EscalatedCaseDecided deniedDaysAgo(int daysAgo) {
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        return new EscalatedCaseDecided(CASE_ID, DecisionOutcome.DENY, JUSTIFICATION, LEAD, at, at.plus(APPEAL_WINDOW));
    }

    static DecisionAppealed appealedDaysAgo(int daysAgo) {
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        return new DecisionAppealed(CASE_ID, "My CCTV shows that nobody came.", EscalationTier.TIER2, at,
                at.plus(ESCALATION_SLA));
    }

    static DecideEscalatedCase lead(DecisionOutcome outcome) {
        return new DecideEscalatedCase(CASE_ID, outcome, JUSTIFICATION, LEAD);
    }

    /** The payloads of the events a command recorded, for assertions on events too rich to spell out in full. */
    private static List<Object> recorded(ResultValidator<DisputeCase> result) {
        List<Object> payloads = new ArrayList<>();
        result.expectEventsMatching(new CustomTypeSafeMatcher<List<EventMessage<?>>>("any events, recorded") {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                payloads.clear();
                events.forEach(event -> payloads.add(event.getPayload()));
                return true;
            }
        });
        return payloads;
    }

    private static EvidenceWeight weightOf(CaseDecided decided, EvidenceId id) {
        return decided.weighedEvidence().stream().filter(w -> w.evidenceId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no weight for " + id + " in " + decided.weighedEvidence()));
    }

    // ================================================================ the stories of SCENARIOS.md

    @Test
    void silenceIsRefundedWhenTheWindowCloses() {
        AggregateTestFixture<DisputeCase> fixture = new AggregateTestFixture<>(DisputeCase.class);
        fixture.registerInjectableResource(CaseFixtures.calendar());
        fixture.registerInjectableResource(CaseFixtures.adjudicator());
        fixture.given(CaseFixtures.claim().filed(CaseFixtures.NOW.minus(Duration.ofDays(4))))
                .when(new DecideCase(CaseFixtures.CASE_ID))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(CaseDecided.class),
                                org.hamcrest.Matchers.instanceOf(RefundIssued.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void s1TheCodeGivenByPhoneIsDisregardedTheCustomerRefundedAndTheCourierSignalled() {
        var order = claim().purchase(purchase().courierId("COURIER-19").amount("1229.00", "EUR")
                .tenders(card("1000.00"), giftCard("229.00")));
        var log = evidence().id(E1).by(Party.CUSTOMER, EvidenceType.COMMUNICATION_LOG)
                .description("Call log: the courier asked for the code by phone")
                .attributes(Map.of("otpRequestedRemotely", true)).submitted(FILED.plusSeconds(60));
        var otp = evidence().id(E2).by(Party.CARRIER, EvidenceType.OTP_CONFIRMATION)
                .attributes(Map.of("channel", "IN_PERSON")).submitted(IN_THE_WINDOW);
        var scan = evidence().id(E3).by(Party.CARRIER, EvidenceType.CARRIER_SCAN).description("Delivered scan")
                .attributes(Map.of()).submitted(IN_THE_WINDOW);

        List<Object> events = recorded(fixture.given(order.filed(FILED), log, otp, scan)
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(2);
        CaseDecided decided = (CaseDecided) events.get(0);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.REFUND);
        assertThat(decided.rules()).containsExactly("INR-2");
        assertThat(decided.tier()).isNull();
        assertThat(decided.escalationDueBy()).isNull();
        assertThat(decided.policyVersion()).isEqualTo(PolicyVersion.CURRENT);
        assertThat(decided.decidedBy()).isEqualTo("policy");
        assertThat(decided.decidedAt()).isEqualTo(NOW);
        assertThat(decided.signals()).containsExactly(Signal.OTP_REMOTE_DISCLOSURE);
        assertThat(weightOf(decided, E2)).extracting(EvidenceWeight::weight, EvidenceWeight::points)
                .containsExactly("NONE", 0);
        assertThat(weightOf(decided, E3)).extracting(EvidenceWeight::weight, EvidenceWeight::points)
                .containsExactly("WEAK", 1);
        assertThat(decided.reasons()).anySatisfy(reason -> assertThat(reason)
                .startsWith("The seller has not proved delivery")
                .contains("OTP_CONFIRMATION (evidence 22222222) was disregarded and counted for nothing because")
                .contains("reports that the code was requested remotely")
                .contains("1 of the 4 points needed"));
        assertThat(decided.reasons()).anySatisfy(reason -> assertThat(reason)
                .startsWith("Signal OTP_REMOTE_DISCLOSURE: courier COURIER-19 is flagged"));
        assertThat(events.get(1)).isEqualTo(new RefundIssued(CASE_ID, eur("1229.00"),
                List.of(card("1000.00"), giftCard("229.00")), "policy", NOW));
    }

    @Test
    void s2SilenceIsRefundedBecauseNoProofOfDeliveryWasSubmitted() {
        List<Object> events = recorded(fixture.given(filed())
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(2);
        CaseDecided decided = (CaseDecided) events.get(0);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.REFUND);
        assertThat(decided.rules()).containsExactly("INR-2");
        assertThat(decided.signals()).isEmpty();
        assertThat(decided.reasons()).contains(
                "The seller has not proved delivery: no proof of delivery was submitted by the seller or the carrier.");
        assertThat(events.get(1)).isEqualTo(refundIssued("policy", NOW));
    }

    @Nested
    class S3SignatureDenialAppeal {

        @Test
        void aSignatureByTheRecipientIsEscalatedForDenialWithAnSla() {
            List<Object> events = recorded(fixture.given(filed(), signatureByTheRecipient())
                    .when(new DecideCase(CASE_ID))
                    .expectSuccessfulHandlerExecution());

            assertThat(events).hasSize(1);
            CaseDecided decided = (CaseDecided) events.get(0);
            assertThat(decided.outcome()).isEqualTo(DecisionOutcome.ESCALATE);
            assertThat(decided.tier()).isEqualTo(EscalationTier.TIER2);
            assertThat(decided.recommendation()).isEqualTo(Recommendation.DENY);
            assertThat(decided.rules()).containsExactly("INR-4");
            assertThat(decided.escalationDueBy()).isEqualTo(NOW.plus(Duration.ofDays(14)));
            assertThat(weightOf(decided, E1)).extracting(EvidenceWeight::weight, EvidenceWeight::points)
                    .containsExactly("STRONG", 4);
            assertThat(decided.reasons()).anySatisfy(reason -> assertThat(reason).contains("GDPR art. 22"));
        }

        @Test
        void theLeadDeniesWithAJustificationAndTheAppealWindowOpens() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new DecideEscalatedCase(CASE_ID, DecisionOutcome.DENY, "  " + JUSTIFICATION + "  ", LEAD))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EscalatedCaseDecided(CASE_ID, DecisionOutcome.DENY, JUSTIFICATION, LEAD, NOW,
                            NOW.plus(Duration.ofDays(30))))
                    .expectResultMessagePayload(4L)
                    .expectState(state -> assertThat(state).extracting("status").isEqualTo(CaseStatus.DENIED));
        }

        @Test
        void anAppealInsideTheWindowGoesBackToTheEscalationTeam() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10))
                    .when(new AppealDecision(CASE_ID, "My CCTV shows that nobody came."))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new DecisionAppealed(CASE_ID, "My CCTV shows that nobody came.",
                            EscalationTier.TIER2, NOW, NOW.plus(Duration.ofDays(14))))
                    .expectState(state -> assertThat(state).extracting("status").isEqualTo(CaseStatus.APPEALED));
        }

        @Test
        void anAppealOnTheLastInstantOfTheWindowIsStillInside() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(30))
                    .when(new AppealDecision(CASE_ID, "I was away; here is my CCTV."))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(
                                    instanceOf(DecisionAppealed.class),
                                    andNoMore())));
        }

        @Test
        void anAppealAfterTheWindowIsRefused() {
            EscalatedCaseDecided denied = deniedDaysAgo(31);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), denied)
                    .when(new AppealDecision(CASE_ID, "Too late, but still."))
                    .expectException(conflict(ProblemCode.APPEAL_WINDOW_CLOSED))
                    .expectExceptionMessage(containsString(denied.appealDueBy().toString()))
                    .expectNoEvents();
        }

        @Test
        void anAppealOfAClosedDenialIsRefusedAsOutOfTime() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(31),
                            new CaseClosed(CASE_ID, "the appeal window passed without an appeal", NOW.minusSeconds(5)))
                    .when(new AppealDecision(CASE_ID, "Too late."))
                    .expectException(conflict(ProblemCode.APPEAL_WINDOW_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void aCaseThatWasNotDeniedCannotBeAppealed() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new AppealDecision(CASE_ID, "I disagree."))
                    .expectException(conflict(ProblemCode.CASE_NOT_DENIED))
                    .expectNoEvents();
        }

        @Test
        void aRefundedCaseCannotBeAppealed() {
            fixture.given(filed(), refundedByThePolicy(), refundIssued("policy", WINDOW_CLOSED))
                    .when(new AppealDecision(CASE_ID, "I want more."))
                    .expectException(conflict(ProblemCode.CASE_NOT_DENIED))
                    .expectNoEvents();
        }

        @Test
        void anAppealedCaseCannotBeAppealedAgainBeforeItIsDecided() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10),
                            appealedDaysAgo(5))
                    .when(new AppealDecision(CASE_ID, "Again."))
                    .expectException(conflict(ProblemCode.CASE_NOT_DENIED))
                    .expectNoEvents();
        }

        @Test
        void anAppealWithoutAReasonBreaksARule() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10))
                    .when(new AppealDecision(CASE_ID, "   "))
                    .expectException(violates("reason"))
                    .expectNoEvents();
        }

        @Test
        void theLeadRefundsTheAppealedCaseOnce() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10),
                            appealedDaysAgo(5))
                    .when(lead(DecisionOutcome.REFUND))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EscalatedCaseDecided(CASE_ID, DecisionOutcome.REFUND, JUSTIFICATION, LEAD, NOW,
                                    null),
                            refundIssued(LEAD, NOW))
                    .expectState(state -> assertThat(state).extracting("status").isEqualTo(CaseStatus.REFUNDED));
        }

        @Test
        void aSecondRefundDecisionChangesNothing() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10),
                            appealedDaysAgo(5),
                            new EscalatedCaseDecided(CASE_ID, DecisionOutcome.REFUND, JUSTIFICATION, LEAD,
                                    NOW.minusSeconds(60), null),
                            refundIssued(LEAD, NOW.minusSeconds(60)))
                    .when(lead(DecisionOutcome.REFUND))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(7L);
        }

        @Test
        void aDenialAfterTheRefundIsRefused() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(),
                            new EscalatedCaseDecided(CASE_ID, DecisionOutcome.REFUND, JUSTIFICATION, LEAD,
                                    NOW.minusSeconds(60), null),
                            refundIssued(LEAD, NOW.minusSeconds(60)))
                    .when(lead(DecisionOutcome.DENY))
                    .expectException(conflict(ProblemCode.CASE_NOT_ESCALATED))
                    .expectNoEvents();
        }

        @Test
        void aRefundDecisionOnAPolicyRefundChangesNothing() {
            fixture.given(filed(), refundedByThePolicy(), refundIssued("policy", WINDOW_CLOSED))
                    .when(lead(DecisionOutcome.REFUND))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aSecondDenialOfADeniedCaseIsRefused() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10))
                    .when(lead(DecisionOutcome.DENY))
                    .expectException(conflict(ProblemCode.CASE_NOT_ESCALATED))
                    .expectNoEvents();
        }

        @Test
        void aRefundDecisionOnADeniedCaseThatWasNotAppealedIsRefused() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10))
                    .when(lead(DecisionOutcome.REFUND))
                    .expectException(conflict(ProblemCode.CASE_NOT_ESCALATED))
                    .expectNoEvents();
        }

        @Test
        void nobodyDecidesAnOpenCase() {
            fixture.given(filed())
                    .when(lead(DecisionOutcome.DENY))
                    .expectException(conflict(ProblemCode.CASE_NOT_ESCALATED))
                    .expectNoEvents();
        }

        @Test
        void nobodyRefundsAnOpenCaseEither() {
            fixture.given(filed())
                    .when(lead(DecisionOutcome.REFUND))
                    .expectException(conflict(ProblemCode.CASE_NOT_ESCALATED))
                    .expectNoEvents();
        }

        @Test
        void aJustificationUnderTwentyCharactersBreaksARule() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new DecideEscalatedCase(CASE_ID, DecisionOutcome.DENY, "Signed, so denied.", LEAD))
                    .expectException(violates("justification"))
                    .expectNoEvents();
        }

        @Test
        void aJustificationPaddedToTwentyCharactersStillBreaksTheRule() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new DecideEscalatedCase(CASE_ID, DecisionOutcome.DENY, "   Signed: denied.        ", LEAD))
                    .expectException(violates("justification"))
                    .expectNoEvents();
        }

        @Test
        void aJustificationOfExactlyTwentyCharactersIsEnough() {
            String twenty = "Signed by recipient.";
            assertThat(twenty).hasSize(20);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new DecideEscalatedCase(CASE_ID, DecisionOutcome.DENY, twenty, LEAD))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EscalatedCaseDecided(CASE_ID, DecisionOutcome.DENY, twenty, LEAD, NOW,
                            NOW.plus(APPEAL_WINDOW)));
        }

        @Test
        void aMissingJustificationBreaksARule() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new DecideEscalatedCase(CASE_ID, DecisionOutcome.REFUND, null, LEAD))
                    .expectException(violates("justification"))
                    .expectNoEvents();
        }

        @Test
        void peopleCannotDecideToEscalate() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new DecideEscalatedCase(CASE_ID, DecisionOutcome.ESCALATE, JUSTIFICATION, LEAD))
                    .expectException(violates("outcome"))
                    .expectNoEvents();
        }

        @Test
        void aDecisionWithoutAnOutcomeBreaksARule() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new DecideEscalatedCase(CASE_ID, null, "short", LEAD))
                    .expectException(violates("outcome", "justification"))
                    .expectNoEvents();
        }
    }

    @Test
    void s4ProofOfDeliveryAgainstCctvIsAConflictWithNoRecommendation() {
        var gps = evidence().id(E1).by(Party.CARRIER, EvidenceType.GPS_SCAN)
                .attributes(Map.of("distanceMeters", 15)).submitted(IN_THE_WINDOW);
        var photo = evidence().id(E2).by(Party.CARRIER, EvidenceType.DELIVERY_PHOTO)
                .attributes(Map.of("geotagged", true, "distanceMeters", 10)).submitted(IN_THE_WINDOW);
        var cctv = evidence().id(E3).by(Party.CUSTOMER, EvidenceType.CCTV_FOOTAGE)
                .attributes(Map.of("coversDeliveryWindow", true)).submitted(IN_THE_WINDOW);

        List<Object> events = recorded(fixture.given(filed(), gps, photo, cctv)
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(1);
        CaseDecided decided = (CaseDecided) events.get(0);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.ESCALATE);
        assertThat(decided.tier()).isEqualTo(EscalationTier.TIER2);
        assertThat(decided.recommendation()).isNull();
        assertThat(decided.rules()).containsExactly("INR-3");
        assertThat(decided.escalationDueBy()).isEqualTo(NOW.plus(ESCALATION_SLA));
        assertThat(decided.weighedEvidence()).extracting(EvidenceWeight::points).containsExactly(2, 2, 4);
    }

    @Test
    void s5ARepeatClaimantGoesToFraudReviewAndIsNotRefunded() {
        List<Object> events = recorded(fixture(CaseFixtures.calendar(), CaseFixtures.adjudicator(3, 0))
                .given(filed())
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(1).noneMatch(RefundIssued.class::isInstance);
        CaseDecided decided = (CaseDecided) events.get(0);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.ESCALATE);
        assertThat(decided.tier()).isEqualTo(EscalationTier.FRAUD_REVIEW);
        assertThat(decided.recommendation()).isNull();
        assertThat(decided.rules()).containsExactly("INR-1");
        assertThat(decided.escalationDueBy()).isEqualTo(NOW.plus(ESCALATION_SLA));
    }

    @Test
    void twoEarlierClaimsDoNotMakeARepeatClaimant() {
        List<Object> events = recorded(fixture(CaseFixtures.calendar(), CaseFixtures.adjudicator(2, 0))
                .given(filed())
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(2);
        assertThat(((CaseDecided) events.get(0)).rules()).containsExactly("INR-2");
        assertThat(events.get(1)).isInstanceOf(RefundIssued.class);
    }

    @Test
    void aCourierWithTwoEarlierPatternCasesRaisesTheCourierPatternWithThisRefund() {
        List<Object> events = recorded(fixture(CaseFixtures.calendar(), CaseFixtures.adjudicator(0, 2))
                .given(filed())
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(((CaseDecided) events.get(0)).signals()).containsExactly(Signal.COURIER_PATTERN);
    }

    @Nested
    class S6UnauthorisedPaymentFiledOnAFriday {

        /** Friday 10:00 in Paris: due at the end of Monday, Tuesday 00:00 in Paris. */
        final Instant due = Instant.parse("2026-11-23T23:00:00Z");
        final CustomerDisputeOpened opened = dispute(DisputeReason.UNAUTHORIZED_TRANSACTION).opened(NOW, due);

        @Test
        void isStillWaitingAtTheLastSecondOfMonday() {
            fixture(calendarAt(due.minusSeconds(1)), CaseFixtures.adjudicator())
                    .given(opened)
                    .when(new DecideCase(CASE_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void isRefundedByUt1WhenMondayEnds() {
            List<Object> events = recorded(fixture(calendarAt(due), CaseFixtures.adjudicator())
                    .given(opened)
                    .when(new DecideCase(CASE_ID))
                    .expectSuccessfulHandlerExecution());

            assertThat(events).hasSize(2);
            CaseDecided decided = (CaseDecided) events.get(0);
            assertThat(decided.outcome()).isEqualTo(DecisionOutcome.REFUND);
            assertThat(decided.rules()).containsExactly("UT-1");
            assertThat(decided.decidedAt()).isEqualTo(due);
            assertThat(decided.signals()).isEmpty();
            assertThat(events.get(1)).isEqualTo(refundIssued("policy", due));
        }

        @Test
        void aSuspicionNotifiedToTheRegulatorBeforeTheDeadlineGoesToFraudReviewByUt2() {
            List<Object> events = recorded(fixture(calendarAt(due), CaseFixtures.adjudicator())
                    .given(opened, new FraudSuspicionRecorded(CASE_ID, true, "Device seen in other disputes",
                            due.minus(Duration.ofHours(5))))
                    .when(new DecideCase(CASE_ID))
                    .expectSuccessfulHandlerExecution());

            assertThat(events).hasSize(1);
            CaseDecided decided = (CaseDecided) events.get(0);
            assertThat(decided.outcome()).isEqualTo(DecisionOutcome.ESCALATE);
            assertThat(decided.tier()).isEqualTo(EscalationTier.FRAUD_REVIEW);
            assertThat(decided.rules()).containsExactly("UT-2");
            assertThat(decided.escalationDueBy()).isEqualTo(due.plus(ESCALATION_SLA));
        }

        @Test
        void aSuspicionTheRegulatorWasNotToldOfStillLeavesTheRefundDue() {
            List<Object> events = recorded(fixture(calendarAt(due), CaseFixtures.adjudicator())
                    .given(opened, new FraudSuspicionRecorded(CASE_ID, false, "Odd device",
                            due.minus(Duration.ofHours(5))))
                    .when(new DecideCase(CASE_ID))
                    .expectSuccessfulHandlerExecution());

            assertThat(((CaseDecided) events.get(0)).rules()).containsExactly("UT-1");
            assertThat(events.get(1)).isInstanceOf(RefundIssued.class);
        }

        @Test
        void aSuspicionNotifiedOnlyAfterTheDeadlineComesTooLate() {
            List<Object> events = recorded(fixture(calendarAt(due.plusSeconds(120)), CaseFixtures.adjudicator())
                    .given(opened, new FraudSuspicionRecorded(CASE_ID, true, "Too late", due.plusSeconds(60)))
                    .when(new DecideCase(CASE_ID))
                    .expectSuccessfulHandlerExecution());

            assertThat(((CaseDecided) events.get(0)).rules()).containsExactly("UT-1");
            assertThat(events.get(1)).isInstanceOf(RefundIssued.class);
        }
    }

    @Test
    void s7PartOfAnOrderIsRefundedInProportionOverTheTenders() {
        var partly = claim().claimedAmount(eur("100.00"));

        fixture.given(partly.filed(FILED))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                instanceOf(CaseDecided.class),
                                deepEquals(new RefundIssued(CASE_ID,
                                        eur("100.00"), List.of(card("66.67"), giftCard("33.33")), "policy", NOW)),
                                andNoMore())));
    }

    // ================================================================ other paths of the policy through the case

    @Test
    void aRefundAboveTheAutomaticLimitIsEscalatedForARefundByInr5() {
        var large = claim().purchase(purchase().paidByCard("6000.00", "EUR"));

        List<Object> events = recorded(fixture.given(large.filed(FILED))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(1);
        CaseDecided decided = (CaseDecided) events.get(0);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.ESCALATE);
        assertThat(decided.recommendation()).isEqualTo(Recommendation.REFUND);
        assertThat(decided.rules()).containsExactly("INR-5");
    }

    @Test
    void proofThatArrivedAfterTheWindowDoesNotCountInTheDecision() {
        var lateSignature = evidence().id(LATE).by(Party.CARRIER, EvidenceType.SIGNATURE)
                .attributes(Map.of("signerIsRecipient", true)).submitted(WINDOW_CLOSED.plusSeconds(1));

        List<Object> events = recorded(fixture.given(filed(), lateSignature)
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        CaseDecided decided = (CaseDecided) events.get(0);
        assertThat(decided.rules()).containsExactly("INR-2");
        assertThat(weightOf(decided, LATE).points()).isZero();
        assertThat(events.get(1)).isInstanceOf(RefundIssued.class);
    }

    @Test
    void goodsNotAsDescribedWithinThePresumptionPeriodAreRefundedWithoutProofOfConformityByNad2() {
        var goods = dispute(DisputeReason.NOT_AS_DESCRIBED);

        List<Object> events = recorded(fixture.given(goods.opened(FILED, WINDOW_CLOSED))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(((CaseDecided) events.get(0)).rules()).containsExactly("NAD-2");
        assertThat(events.get(1)).isEqualTo(refundIssued("policy", NOW));
    }

    @Test
    void goodsReportedAfterThePresumptionPeriodWithoutTheCustomersProofAreEscalatedForDenialByNad4() {
        var goods = dispute(DisputeReason.NOT_AS_DESCRIBED).transactionAt(Instant.parse("2023-01-02T10:00:00Z"))
                .deliveredAt(Instant.parse("2023-01-05T10:00:00Z"));

        List<Object> events = recorded(fixture.given(goods.opened(FILED, WINDOW_CLOSED))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(1);
        CaseDecided decided = (CaseDecided) events.get(0);
        assertThat(decided.rules()).containsExactly("NAD-4");
        assertThat(decided.recommendation()).isEqualTo(Recommendation.DENY);
    }

    // ================================================================ when the policy decides

    @Test
    void decidingWhileTheWindowIsOpenRecordsNothing() {
        fixture.given(claim().filed(NOW))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectState(state -> assertThat(state).extracting("status").isEqualTo(CaseStatus.OPEN));
    }

    @Test
    void decidingAtTheVeryInstantTheWindowClosesDecides() {
        List<Object> events = recorded(fixture.given(claim().filed(NOW.minus(RESPONSE_WINDOW)))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution());

        assertThat(events).hasSize(2).first().isInstanceOf(CaseDecided.class);
    }

    @Test
    void anEscalatedCaseIsNotDecidedAgain() {
        fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRefundedCaseIsNotDecidedAgain() {
        fixture.given(filed(), refundedByThePolicy(), refundIssued("policy", WINDOW_CLOSED))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDeniedCaseIsNotDecidedAgain() {
        fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(2))
                .when(new DecideCase(CASE_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ================================================================ evidence after the decision

    @Nested
    class EvidenceAfterTheDecision {

        final SubmitEvidence cctv = evidence().id(E2)
                .by(Party.CUSTOMER, EvidenceType.CCTV_FOOTAGE).capturedAt(NOW.minus(Duration.ofDays(5)))
                .attributes(Map.of("coversDeliveryWindow", true)).command();

        @Test
        void onAnEscalatedCaseIsWeighedAgainAndTheRecommendationUpdated() {
            List<Object> events = recorded(fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(cctv)
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(5L));

            assertThat(events).hasSize(2);
            assertThat(events.get(0)).isInstanceOf(EvidenceSubmitted.class);
            RecommendationUpdated updated = (RecommendationUpdated) events.get(1);
            assertThat(updated.recommendation()).isNull();
            assertThat(updated.rules()).containsExactly("INR-3");
            assertThat(updated.updatedAt()).isEqualTo(NOW);
            assertThat(updated.weighedEvidence()).extracting(EvidenceWeight::evidenceId).containsExactly(E1, E2);
            assertThat(updated.weighedEvidence()).extracting(EvidenceWeight::points).containsExactly(4, 4);
        }

        @Test
        void onAnAppealedCaseIsWeighedAgainToo() {
            List<Object> events = recorded(fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(),
                            deniedDaysAgo(10), appealedDaysAgo(5))
                    .when(cctv)
                    .expectSuccessfulHandlerExecution());

            assertThat(events).hasSize(2);
            assertThat(events.get(1)).isInstanceOfSatisfying(RecommendationUpdated.class,
                    updated -> assertThat(updated.rules()).containsExactly("INR-3"));
        }

        @Test
        void proofThatArrivesLateOnAnEscalatedCaseCountsWhenWeighedAgain() {
            var lateSignature = evidence().id(LATE).by(Party.CARRIER, EvidenceType.SIGNATURE)
                    .capturedAt(NOW.minus(Duration.ofDays(5)))
                    .attributes(Map.of("signerIsRecipient", true)).command();
            CaseDecided conflictWithoutProof = new CaseDecided(CASE_ID, DecisionOutcome.ESCALATE,
                    EscalationTier.FRAUD_REVIEW, null, PolicyVersion.CURRENT, List.of("INR-1"), List.of("Repeat."),
                    List.of(), List.of(), Verdicts.POLICY, WINDOW_CLOSED, WINDOW_CLOSED.plus(ESCALATION_SLA));

            List<Object> events = recorded(fixture.given(filed(), conflictWithoutProof)
                    .when(lateSignature)
                    .expectSuccessfulHandlerExecution());

            RecommendationUpdated updated = (RecommendationUpdated) events.get(1);
            assertThat(updated.rules()).containsExactly("INR-4");
            assertThat(updated.recommendation()).isEqualTo(Recommendation.DENY);
        }

        @Test
        void onARefundedCaseIsOnlyRecorded() {
            fixture.given(filed(), refundedByThePolicy(), refundIssued("policy", WINDOW_CLOSED))
                    .when(cctv)
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(
                                    instanceOf(EvidenceSubmitted.class),
                                    andNoMore())));
        }

        @Test
        void onADeniedCaseIsOnlyRecorded() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(3))
                    .when(cctv)
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(
                                    instanceOf(EvidenceSubmitted.class),
                                    andNoMore())));
        }

        @Test
        void onAnOpenCaseIsOnlyRecordedUntilTheWindowCloses() {
            fixture.given(filed())
                    .when(cctv)
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(
                                    instanceOf(EvidenceSubmitted.class),
                                    andNoMore())));
        }
    }

    // ================================================================ the escalation SLA

    @Nested
    class TheEscalationSla {

        final Instant dueBy = WINDOW_CLOSED.plus(ESCALATION_SLA);

        @Test
        void passingTheCurrentDueTimeRecordsTheBreachAndRaisesTheTier() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new MarkEscalationOverdue(CASE_ID, dueBy))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EscalationOverdue(CASE_ID, EscalationTier.TIER2, EscalationTier.TIER3, dueBy,
                            NOW.plus(ESCALATION_SLA), NOW));
        }

        @Test
        void aStaleDueTimeChangesNothing() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new MarkEscalationOverdue(CASE_ID, dueBy.minus(Duration.ofDays(1))))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void theDueTimeAlreadyMarkedChangesNothingTheSecondTime() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(),
                            new EscalationOverdue(CASE_ID, EscalationTier.TIER2, EscalationTier.TIER3, dueBy,
                                    dueBy.plus(ESCALATION_SLA), dueBy))
                    .when(new MarkEscalationOverdue(CASE_ID, dueBy))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void theNextDueTimePassingIsRecordedAgainAtTheHighestTier() {
            Instant next = dueBy.plus(ESCALATION_SLA);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(),
                            new EscalationOverdue(CASE_ID, EscalationTier.TIER2, EscalationTier.TIER3, dueBy, next,
                                    dueBy))
                    .when(new MarkEscalationOverdue(CASE_ID, next))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EscalationOverdue(CASE_ID, EscalationTier.TIER3, EscalationTier.TIER3, next,
                            NOW.plus(ESCALATION_SLA), NOW));
        }

        @Test
        void aDecidedCaseIsNotOverdue() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(1))
                    .when(new MarkEscalationOverdue(CASE_ID, dueBy))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anAppealedCaseIsOverdueByItsOwnDueTime() {
            DecisionAppealed appealed = appealedDaysAgo(5);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(10), appealed)
                    .when(new MarkEscalationOverdue(CASE_ID, appealed.escalationDueBy()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EscalationOverdue(CASE_ID, EscalationTier.TIER2, EscalationTier.TIER3,
                            appealed.escalationDueBy(), NOW.plus(ESCALATION_SLA), NOW));
        }

        @Test
        void aFraudReviewThatIsOverdueStaysInFraudReview() {
            CaseDecided fraudReview = new CaseDecided(CASE_ID, DecisionOutcome.ESCALATE, EscalationTier.FRAUD_REVIEW,
                    null, PolicyVersion.CURRENT, List.of("INR-1"), List.of("Repeat."), List.of(), List.of(),
                    Verdicts.POLICY, WINDOW_CLOSED, dueBy);

            fixture.given(filed(), fraudReview)
                    .when(new MarkEscalationOverdue(CASE_ID, dueBy))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EscalationOverdue(CASE_ID, EscalationTier.FRAUD_REVIEW,
                            EscalationTier.FRAUD_REVIEW, dueBy, NOW.plus(ESCALATION_SLA), NOW));
        }
    }

    // ================================================================ the appeal window

    @Nested
    class TheAppealWindow {

        @Test
        void passingUnusedClosesTheDeniedCase() {
            EscalatedCaseDecided denied = deniedDaysAgo(30);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), denied)
                    .when(new CloseCase(CASE_ID, denied.appealDueBy()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CaseClosed(CASE_ID, "the appeal window passed without an appeal", NOW))
                    .expectState(state -> assertThat(state).extracting("status").isEqualTo(CaseStatus.CLOSED));
        }

        @Test
        void aStaleAppealDueTimeClosesNothing() {
            EscalatedCaseDecided denied = deniedDaysAgo(30);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), denied)
                    .when(new CloseCase(CASE_ID, denied.appealDueBy().minus(Duration.ofDays(3))))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anAppealedCaseIsNotClosed() {
            EscalatedCaseDecided denied = deniedDaysAgo(30);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), denied, appealedDaysAgo(1))
                    .when(new CloseCase(CASE_ID, denied.appealDueBy()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anEscalatedCaseIsNotClosed() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial())
                    .when(new CloseCase(CASE_ID, NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aRefundedCaseIsNotClosedByAnAppealWindow() {
            fixture.given(filed(), refundedByThePolicy(), refundIssued("policy", WINDOW_CLOSED))
                    .when(new CloseCase(CASE_ID, NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aClosedCaseIsNotClosedTwice() {
            EscalatedCaseDecided denied = deniedDaysAgo(30);

            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), denied,
                            new CaseClosed(CASE_ID, "the appeal window passed without an appeal", NOW.minusSeconds(1)))
                    .when(new CloseCase(CASE_ID, denied.appealDueBy()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    // ================================================================ asking for proof

    @Nested
    class AskingForProof {

        @Test
        void aClaimAsksTheSellerAndTheCarrierOnce() {
            fixture.given(filed())
                    .when(new RequestProof(CASE_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProofRequested(CASE_ID, List.of(Party.SELLER, Party.CARRIER), WINDOW_CLOSED, NOW))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void askingTwiceAsksOnce() {
            fixture.given(filed(),
                            new ProofRequested(CASE_ID, List.of(Party.SELLER, Party.CARRIER), WINDOW_CLOSED, FILED))
                    .when(new RequestProof(CASE_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aDisputeAsksTheSeller() {
            Instant due = Instant.parse("2026-11-23T23:00:00Z");

            fixture.given(dispute(DisputeReason.UNAUTHORIZED_TRANSACTION).opened(NOW, due))
                    .when(new RequestProof(CASE_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProofRequested(CASE_ID, List.of(Party.SELLER), due, NOW));
        }

        @Test
        void aGoodsDisputeAsksTheSellerToo() {
            fixture.given(dispute(DisputeReason.NOT_AS_DESCRIBED).opened(NOW, NOW.plus(RESPONSE_WINDOW)))
                    .when(new RequestProof(CASE_ID))
                    .expectEvents(new ProofRequested(CASE_ID, List.of(Party.SELLER), NOW.plus(RESPONSE_WINDOW), NOW));
        }
    }

    // ================================================================ fraud suspicions

    @Nested
    class FraudSuspicions {

        @Test
        void areRecordedOnAnOpenCase() {
            fixture.given(dispute(DisputeReason.UNAUTHORIZED_TRANSACTION).opened(NOW.minusSeconds(3600),
                            Instant.parse("2026-11-23T23:00:00Z")))
                    .when(new RecordFraudSuspicion(CASE_ID, true, "Device seen in other disputes"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new FraudSuspicionRecorded(CASE_ID, true, "Device seen in other disputes", NOW));
        }

        @Test
        void areRefusedOnAClosedCase() {
            fixture.given(filed(), signatureByTheRecipient(), escalatedForDenial(), deniedDaysAgo(31), caseClosed())
                    .when(new RecordFraudSuspicion(CASE_ID, true, "Too late"))
                    .expectException(conflict(ProblemCode.CASE_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void withATooLongNoteBreakARule() {
            fixture.given(filed())
                    .when(new RecordFraudSuspicion(CASE_ID, false, "x".repeat(DisputeCase.MAX_TEXT + 1)))
                    .expectException(violates("note"))
                    .expectNoEvents();
        }
    }

    /** Guards the helper above: it records what was applied, so an assertion on it can fail. */
    @Test
    void theRecordedEventsAreTheOnesApplied() {
        List<Object> events = recorded(fixture.given(filed())
                .when(new RequestProof(CASE_ID)));

        assertThat(events).containsExactly(
                new ProofRequested(CASE_ID, List.of(Party.SELLER, Party.CARRIER), WINDOW_CLOSED, NOW));
    }
}
