package org.disputes.command.adjudication;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.FixtureConfiguration;
import org.axonframework.test.saga.SagaTestFixture;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.CaseKind;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.CloseCase;
import org.disputes.api.adjudication.DecideCase;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.MarkEscalationOverdue;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.RequestProof;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.fraud.FlagCourier;
import org.disputes.api.fraud.OpenFraudReferral;
import org.disputes.api.refund.RefundIssued;
import org.disputes.command.cases.CaseCalendar;
import org.disputes.platform.axon.MessageActor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.listWithAllOf;
import static org.hamcrest.Matchers.allOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The adjudication saga runs one case through time. Time is the fixture's: the response window, the escalation SLA
 * and the appeal window are deadlines on its stub deadline manager, and the commands the saga sends are recorded
 * by its command bus (the fixture registers a {@code CommandGateway} over that bus as a resource, which is what the
 * saga's handlers take as a parameter, beside the fixture's {@code DeadlineManager}).
 */
class AdjudicationSagaTest {

    /** Friday 20 November 2026, 10:00 in Paris. */
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final Duration RESPONSE_WINDOW = Duration.ofDays(3);
    static final Instant RESPONSE_DUE = NOW.plus(RESPONSE_WINDOW);
    static final Instant ESCALATION_DUE = RESPONSE_DUE.plus(Duration.ofDays(14));
    static final Instant NEXT_ESCALATION_DUE = ESCALATION_DUE.plus(Duration.ofDays(14));
    static final Instant DENIED_AT = RESPONSE_DUE.plus(Duration.ofDays(5));
    static final Instant APPEAL_DUE = DENIED_AT.plus(Duration.ofDays(30));
    static final Instant APPEALED_AT = DENIED_AT.plus(Duration.ofDays(10));
    static final Instant APPEAL_ESCALATION_DUE = APPEALED_AT.plus(Duration.ofDays(14));

    static final CaseId CASE_ID = CaseId.of("6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d");
    static final CaseId OTHER_CASE_ID = CaseId.of("11111111-2222-4333-8444-555555555555");
    static final String COURIER = "COURIER-19";
    static final Signal OTP_REMOTE_DISCLOSURE = Signal.OTP_REMOTE_DISCLOSURE;
    static final Signal COURIER_PATTERN = Signal.COURIER_PATTERN;
    static final String JUSTIFICATION = "The signature of the recipient proves the delivery.";

    private FixtureConfiguration fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AdjudicationSaga.class);
    }

    // ---------------------------------------------------------------- events of the case

    static Purchase purchase(String courierId) {
        return new Purchase("IT-403-2291", "CUST-77", "SELLER-1", courierId == null ? null : "CARRIER-1", courierId,
                Jurisdiction.of("FR"), Money.of("1229.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00")));
    }

    static DeliveryClaimFiled claimFiled() {
        return claimFiled(CASE_ID);
    }

    static DeliveryClaimFiled claimFiled(CaseId caseId) {
        Purchase purchase = purchase(COURIER);
        return new DeliveryClaimFiled(caseId, purchase, purchase.amount(), DeliveryMethod.SECURE_OTP,
                Instant.parse("2026-11-17T15:40:00Z"), "The courier phoned for my code and never came.", NOW,
                RESPONSE_DUE);
    }

    static CustomerDisputeOpened disputeOpened(DisputeReason reason, Instant responseDueBy) {
        Purchase purchase = purchase(null);
        return new CustomerDisputeOpened(CASE_ID, purchase, purchase.amount(), reason,
                Instant.parse("2026-11-02T18:20:00Z"),
                reason == DisputeReason.NOT_AS_DESCRIBED ? Instant.parse("2026-11-05T11:00:00Z") : null,
                "I never made this payment.", NOW, responseDueBy);
    }

    static CaseDecided refunded(Signal... signals) {
        return decided(CASE_ID, DecisionOutcome.REFUND, null, null, "INR-2", null, signals);
    }

    static CaseDecided escalated(Signal... signals) {
        return decided(CASE_ID, DecisionOutcome.ESCALATE, EscalationTier.TIER2, Recommendation.DENY, "INR-4",
                ESCALATION_DUE, signals);
    }

    static CaseDecided decided(CaseId caseId, DecisionOutcome outcome, EscalationTier tier,
                               Recommendation recommendation, String rule, Instant escalationDueBy,
                               Signal... signals) {
        return new CaseDecided(caseId, outcome, tier, recommendation, "bop-2026.1", List.of(rule),
                List.of("The reasons of " + rule + "."), List.of(), List.of(signals), "policy", RESPONSE_DUE,
                escalationDueBy);
    }

    static EscalationOverdue overdue() {
        return new EscalationOverdue(CASE_ID, EscalationTier.TIER2, EscalationTier.TIER3, ESCALATION_DUE,
                NEXT_ESCALATION_DUE, ESCALATION_DUE);
    }

    static EscalatedCaseDecided leadDenied() {
        return new EscalatedCaseDecided(CASE_ID, DecisionOutcome.DENY, JUSTIFICATION, "lead-1", DENIED_AT, APPEAL_DUE);
    }

    static EscalatedCaseDecided leadRefunded(Instant at) {
        return new EscalatedCaseDecided(CASE_ID, DecisionOutcome.REFUND, JUSTIFICATION, "lead-1", at, null);
    }

    static DecisionAppealed appealed() {
        return new DecisionAppealed(CASE_ID, "The CCTV shows nobody came.", EscalationTier.TIER2, APPEALED_AT,
                APPEAL_ESCALATION_DUE);
    }

    static RefundIssued refundIssued(Instant at, String decidedBy) {
        return new RefundIssued(CASE_ID, Money.of("1229.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00")),
                decidedBy, at);
    }

    /** Every command the saga dispatched carries the policy as its actor and role. */
    static Matcher<CommandMessage<?>> sentByThePolicy() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandMessage<?> command) {
                return "policy".equals(command.getMetaData().get(MessageActor.ACTOR))
                        && "POLICY".equals(command.getMetaData().get(MessageActor.ROLE));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command with metadata actor=policy, role=POLICY");
            }

            @Override
            protected void describeMismatchSafely(CommandMessage<?> command, Description mismatch) {
                mismatch.appendText(command.getPayloadType().getSimpleName() + " had metadata ")
                        .appendValue(command.getMetaData());
            }
        };
    }

    static Matcher<CommandMessage<?>> command(Object payload) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandMessage<?> command) {
                return payload.equals(command.getPayload());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command ").appendValue(payload);
            }
        };
    }

    @SafeVarargs
    static Matcher<List<CommandMessage<?>>> exactly(Matcher<CommandMessage<?>>... commands) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Matcher<CommandMessage<?>>[] withEnd = new Matcher[commands.length + 1];
        System.arraycopy(commands, 0, withEnd, 0, commands.length);
        withEnd[commands.length] = andNoMore();
        return exactSequenceOf(withEnd);
    }

    // ---------------------------------------------------------------- opening: proof asked, window scheduled

    @Nested
    class WhenACaseOpens {

        @Test
        void aFiledClaimAsksForProofAndSchedulesTheResponseWindowAtItsDueTime() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .whenPublishingA(claimFiled())
                    .expectSuccessfulHandlerExecution()
                    .expectActiveSagas(1)
                    .expectAssociationWith(AdjudicationSaga.CASE_ID, CASE_ID)
                    .expectDispatchedCommands(new RequestProof(CASE_ID))
                    .expectScheduledDeadlineWithName(RESPONSE_DUE, AdjudicationSaga.RESPONSE_WINDOW)
                    .expectScheduledDeadline(RESPONSE_DUE, RESPONSE_DUE)
                    .expectNoScheduledDeadlineWithName(RESPONSE_DUE, AdjudicationSaga.ESCALATION_SLA);
        }

        @Test
        void anOpenedDisputeAsksForProofAndSchedulesItsOwnDueTime() throws Exception {
            Instant due = NOW.plus(Duration.ofHours(30));

            fixture.givenCurrentTime(NOW)
                    .whenPublishingA(disputeOpened(DisputeReason.NOT_AS_DESCRIBED, due))
                    .expectActiveSagas(1)
                    .expectAssociationWith(AdjudicationSaga.CASE_ID, CASE_ID)
                    .expectDispatchedCommands(new RequestProof(CASE_ID))
                    .expectScheduledDeadlineWithName(due, AdjudicationSaga.RESPONSE_WINDOW)
                    .expectNoScheduledDeadlineWithName(RESPONSE_DUE, AdjudicationSaga.RESPONSE_WINDOW);
        }

        @Test
        void theRequestForProofIsSentOnThePolicysBehalf() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .whenPublishingA(claimFiled(), Map.of(MessageActor.ACTOR, "agent-7", MessageActor.ROLE, "AGENT"))
                    .expectDispatchedCommandsMatching(exactly(allOf(command(new RequestProof(CASE_ID)),
                            sentByThePolicy())));
        }
    }

    // ---------------------------------------------------------------- the response window

    @Nested
    class TheResponseWindow {

        @Test
        void closingHasTheCaseDecided() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .whenTimeAdvancesTo(RESPONSE_DUE)
                    .expectTriggeredDeadlinesWithName(AdjudicationSaga.RESPONSE_WINDOW)
                    .expectDispatchedCommands(new DecideCase(CASE_ID))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void closingIsNoticedWhenTimeElapsesPastIt() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .whenTimeElapses(RESPONSE_WINDOW.plusHours(1))
                    .expectDispatchedCommands(new DecideCase(CASE_ID));
        }

        @Test
        void stillOpenDecidesNothing() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .whenTimeElapses(RESPONSE_WINDOW.minusSeconds(1))
                    .expectNoDispatchedCommands()
                    .expectTriggeredDeadlinesWithName()
                    .expectScheduledDeadlineWithName(RESPONSE_DUE, AdjudicationSaga.RESPONSE_WINDOW);
        }

        @Test
        void theDecisionIsAskedForOnThePolicysBehalf() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .whenTimeAdvancesTo(RESPONSE_DUE)
                    .expectDispatchedCommandsMatching(exactly(allOf(command(new DecideCase(CASE_ID)),
                            sentByThePolicy())));
        }
    }

    // ---------------------------------------------------------------- S6 on the fixture's clock

    @Nested
    class S6UnauthorisedPaymentFiledOnAFriday {

        private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

        /** The calendar the case would use, on the saga fixture's clock: next business day for unauthorised payments. */
        private Instant dueByTheCalendarAtTheFixturesTime() {
            CaseCalendar calendar = new CaseCalendar(Clock.fixed(fixture.currentTime(), ZoneOffset.UTC),
                    Map.of("FR", PARIS), RESPONSE_WINDOW, Optional.empty());
            return calendar.responseDueBy(CaseKind.UNAUTHORIZED_TRANSACTION, Jurisdiction.of("FR"), calendar.now());
        }

        @Test
        void isDueAtTheEndOfMondayInParis() throws Exception {
            fixture.givenCurrentTime(NOW);

            assertThat(fixture.currentTime().atZone(PARIS).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-11-20T10:00:00"));
            assertThat(fixture.currentTime().atZone(PARIS).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

            Instant due = dueByTheCalendarAtTheFixturesTime();

            assertThat(due.atZone(PARIS).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-24T00:00:00"));
            assertThat(due).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        }

        @Test
        void isNotDecidedOverTheWeekendNorOnMonday() throws Exception {
            ContinuedGivenState friday = fixture.givenCurrentTime(NOW);
            Instant due = dueByTheCalendarAtTheFixturesTime();

            friday.andThenAPublished(disputeOpened(DisputeReason.UNAUTHORIZED_TRANSACTION, due))
                    .whenTimeAdvancesTo(LocalDateTime.parse("2026-11-23T23:59:59").atZone(PARIS).toInstant())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(due, AdjudicationSaga.RESPONSE_WINDOW);
        }

        @Test
        void isDecidedOnceMondayEndsInParis() throws Exception {
            ContinuedGivenState friday = fixture.givenCurrentTime(NOW);
            Instant due = dueByTheCalendarAtTheFixturesTime();

            friday.andThenAPublished(disputeOpened(DisputeReason.UNAUTHORIZED_TRANSACTION, due))
                    .whenTimeElapses(Duration.between(NOW, due).plusSeconds(1))
                    .expectDispatchedCommands(new DecideCase(CASE_ID))
                    .expectDeadlinesMet(due);
        }
    }

    // ---------------------------------------------------------------- the policy's decision

    @Nested
    class ThePolicysDecision {

        @Test
        void anEscalationStartsTheEscalationSla() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(escalated())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(ESCALATION_DUE, AdjudicationSaga.ESCALATION_SLA)
                    .expectScheduledDeadline(ESCALATION_DUE, ESCALATION_DUE)
                    .expectActiveSagas(1);
        }

        @Test
        void aRefundStartsNoSla() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(refunded())
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void theDecisionOfAnotherCaseIsNotThisSagasBusiness() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(decided(OTHER_CASE_ID, DecisionOutcome.ESCALATE, EscalationTier.TIER2, null,
                            "INR-3", ESCALATION_DUE, OTP_REMOTE_DISCLOSURE, COURIER_PATTERN))
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }
    }

    // ---------------------------------------------------------------- the escalation SLA

    @Nested
    class TheEscalationSla {

        @Test
        void passingMarksTheCaseOverdueNamingTheDueTimeThatPassed() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .whenTimeAdvancesTo(ESCALATION_DUE)
                    // the stub deadline manager lists every deadline triggered since the fixture began
                    .expectTriggeredDeadlinesWithName(AdjudicationSaga.RESPONSE_WINDOW, AdjudicationSaga.ESCALATION_SLA)
                    .expectDispatchedCommands(new MarkEscalationOverdue(CASE_ID, ESCALATION_DUE))
                    .expectDispatchedCommandsMatching(listWithAllOf(sentByThePolicy()));
        }

        @Test
        void notYetPassedMarksNothing() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .whenTimeAdvancesTo(ESCALATION_DUE.minusMillis(1))
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(ESCALATION_DUE, AdjudicationSaga.ESCALATION_SLA);
        }

        @Test
        void anOverdueCaseGetsTheNextSla() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(ESCALATION_DUE)
                    .whenPublishingA(overdue())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(NEXT_ESCALATION_DUE, AdjudicationSaga.ESCALATION_SLA)
                    .expectScheduledDeadline(NEXT_ESCALATION_DUE, NEXT_ESCALATION_DUE);
        }

        @Test
        void theNextSlaPassingMarksTheCaseOverdueAgain() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(ESCALATION_DUE)
                    .andThenAPublished(overdue())
                    .whenTimeAdvancesTo(NEXT_ESCALATION_DUE)
                    .expectDispatchedCommands(new MarkEscalationOverdue(CASE_ID, NEXT_ESCALATION_DUE));
        }
    }

    // ---------------------------------------------------------------- people decide, customers appeal

    @Nested
    class TheEscalationTeamAndTheAppealWindow {

        @Test
        void aDenialCancelsTheSlaAndOpensTheAppealWindow() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .whenPublishingA(leadDenied())
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlineWithName(ESCALATION_DUE, AdjudicationSaga.ESCALATION_SLA)
                    .expectScheduledDeadlineWithName(APPEAL_DUE, AdjudicationSaga.APPEAL_WINDOW)
                    .expectScheduledDeadline(APPEAL_DUE, APPEAL_DUE)
                    .expectActiveSagas(1);
        }

        @Test
        void afterADenialTheOldSlaNeverMarksTheCaseOverdue() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .andThenAPublished(leadDenied())
                    .whenTimeAdvancesTo(ESCALATION_DUE.plus(Duration.ofDays(1)))
                    .expectNoDispatchedCommands()
                    // since the fixture began: only the response window ever fell
                    .expectTriggeredDeadlinesWithName(AdjudicationSaga.RESPONSE_WINDOW);
        }

        @Test
        void anOverdueCaseThatIsDeniedLosesItsNextSlaToo() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(ESCALATION_DUE)
                    .andThenAPublished(overdue())
                    .whenPublishingA(new EscalatedCaseDecided(CASE_ID, DecisionOutcome.DENY, JUSTIFICATION,
                            "lead-1", ESCALATION_DUE, ESCALATION_DUE.plus(Duration.ofDays(30))))
                    .expectNoScheduledDeadlineWithName(NEXT_ESCALATION_DUE, AdjudicationSaga.ESCALATION_SLA)
                    .expectScheduledDeadlineWithName(ESCALATION_DUE.plus(Duration.ofDays(30)),
                            AdjudicationSaga.APPEAL_WINDOW);
        }

        @Test
        void aRefundByPeopleCancelsTheSlaAndOpensNoAppealWindow() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .whenPublishingA(leadRefunded(DENIED_AT))
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void theAppealWindowPassingClosesTheCase() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .andThenAPublished(leadDenied())
                    .whenTimeAdvancesTo(APPEAL_DUE)
                    // since the fixture began: the response window, then the appeal window; the SLA never fell
                    .expectTriggeredDeadlinesWithName(AdjudicationSaga.RESPONSE_WINDOW, AdjudicationSaga.APPEAL_WINDOW)
                    .expectDispatchedCommands(new CloseCase(CASE_ID, APPEAL_DUE))
                    .expectDispatchedCommandsMatching(listWithAllOf(sentByThePolicy()));
        }

        @Test
        void theAppealWindowStillOpenClosesNothing() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .andThenAPublished(leadDenied())
                    .whenTimeAdvancesTo(APPEAL_DUE.minusSeconds(1))
                    .expectNoDispatchedCommands();
        }

        @Test
        void anAppealInsideTheWindowCancelsItAndStartsAnSla() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .andThenAPublished(leadDenied())
                    .andThenTimeAdvancesTo(APPEALED_AT)
                    .whenPublishingA(appealed())
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlineWithName(APPEAL_DUE, AdjudicationSaga.APPEAL_WINDOW)
                    .expectScheduledDeadlineWithName(APPEAL_ESCALATION_DUE, AdjudicationSaga.ESCALATION_SLA)
                    .expectScheduledDeadline(APPEAL_ESCALATION_DUE, APPEAL_ESCALATION_DUE);
        }

        @Test
        void anAppealedCaseIsNotClosedWhenTheOldWindowPassesButIsMarkedOverdueWhenItsSlaDoes() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .andThenAPublished(leadDenied())
                    .andThenTimeAdvancesTo(APPEALED_AT)
                    .andThenAPublished(appealed())
                    .whenTimeAdvancesTo(APPEAL_DUE)
                    .expectDispatchedCommands(new MarkEscalationOverdue(CASE_ID, APPEAL_ESCALATION_DUE));
        }
    }

    // ---------------------------------------------------------------- the end of a case

    /**
     * Cancelling by name and scope makes db-scheduler read and deserialize every pending deadline of every case, so
     * a busy desk slows down with each open case: the saga keeps the id of each deadline it sets and cancels that.
     */
    @Nested
    class ItsDeadlinesById {

        private final DeadlineManager deadlines = mock(DeadlineManager.class);
        private final CommandGateway commands = mock(CommandGateway.class);
        private final AdjudicationSaga saga = new AdjudicationSaga();

        @BeforeEach
        void stubs() {
            when(commands.send(any(), any(MetaData.class))).thenReturn(new CompletableFuture<>());
            when(deadlines.schedule(any(Instant.class), eq(AdjudicationSaga.RESPONSE_WINDOW), any()))
                    .thenReturn("window-1");
            when(deadlines.schedule(any(Instant.class), eq(AdjudicationSaga.ESCALATION_SLA), any()))
                    .thenReturn("sla-1");
        }

        @Test
        void aRefundCancelsTheSlaItSetByItsIdAndNothingByScope() {
            saga.on(claimFiled(), "trace-1", commands, deadlines);
            saga.on(escalated(), commands, deadlines);
            saga.on(refundIssued(RESPONSE_DUE, "lead-1"), deadlines);

            verify(deadlines).cancelSchedule(AdjudicationSaga.ESCALATION_SLA, "sla-1");
            verify(deadlines, never()).cancelSchedule(eq(AdjudicationSaga.APPEAL_WINDOW), any());
            verify(deadlines, never()).cancelAllWithinScope(any());
            verify(deadlines, never()).cancelAllWithinScope(any(), any());
            verify(deadlines, never()).cancelAll(any());
        }

        @Test
        void aFilingDeliveredAgainMovesTheWindowInsteadOfAddingOne() {
            when(deadlines.schedule(any(Instant.class), eq(AdjudicationSaga.RESPONSE_WINDOW), any()))
                    .thenReturn("window-1", "window-2");
            saga.on(claimFiled(), "trace-1", commands, deadlines);
            saga.on(claimFiled(), "trace-1", commands, deadlines);
            saga.on(new CaseClosed(CASE_ID, "withdrawn", NOW), deadlines);

            verify(deadlines).cancelSchedule(AdjudicationSaga.RESPONSE_WINDOW, "window-1");
            verify(deadlines).cancelSchedule(AdjudicationSaga.RESPONSE_WINDOW, "window-2");
        }

        @Test
        void aDeadlineThatFellIsNotCancelledLater() {
            saga.on(claimFiled(), "trace-1", commands, deadlines);
            saga.responseWindowClosed(RESPONSE_DUE, commands);
            saga.on(new CaseClosed(CASE_ID, "withdrawn", NOW), deadlines);

            verify(deadlines, never()).cancelSchedule(any(), any());
        }

        @Test
        void closingCancelsTheResponseWindowItSet() {
            saga.on(claimFiled(), "trace-1", commands, deadlines);
            saga.on(new CaseClosed(CASE_ID, "withdrawn", NOW), deadlines);

            verify(deadlines).cancelSchedule(AdjudicationSaga.RESPONSE_WINDOW, "window-1");
            verify(deadlines, never()).cancelSchedule(eq(AdjudicationSaga.ESCALATION_SLA), any());
            verify(deadlines, never()).cancelAllWithinScope(any());
        }
    }

    @Nested
    class TheEnd {

        @Test
        void aRefundEndsTheSaga() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(refunded())
                    .whenPublishingA(refundIssued(RESPONSE_DUE, "policy"))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aRefundOfAnAppealedCaseEndsTheSagaAndLeavesNoDeadlineBehind() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .andThenAPublished(leadDenied())
                    .andThenTimeAdvancesTo(APPEALED_AT)
                    .andThenAPublished(appealed())
                    .andThenAPublished(leadRefunded(APPEALED_AT))
                    .whenPublishingA(refundIssued(APPEALED_AT, "lead-1"))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aRefundIssuedWhileDeadlinesArePendingCancelsThem() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .whenPublishingA(refundIssued(RESPONSE_DUE, "lead-1"))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aClosedCaseEndsTheSaga() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(escalated())
                    .andThenTimeAdvancesTo(DENIED_AT)
                    .andThenAPublished(leadDenied())
                    .andThenTimeAdvancesTo(APPEAL_DUE)
                    .whenPublishingA(new CaseClosed(CASE_ID, "the appeal window passed without an appeal",
                            APPEAL_DUE))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void anEndedSagaDoesNothingMore() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .andThenAPublished(refunded())
                    .andThenAPublished(refundIssued(RESPONSE_DUE, "policy"))
                    .whenPublishingA(escalated(OTP_REMOTE_DISCLOSURE))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }
    }

    // ---------------------------------------------------------------- signals to the courier's record

    @Nested
    class Signals {

        @Test
        void aCodeGivenAwayRemotelyFlagsTheCourier() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(refunded(OTP_REMOTE_DISCLOSURE))
                    .expectDispatchedCommands(new FlagCourier(COURIER, CASE_ID, OTP_REMOTE_DISCLOSURE))
                    .expectDispatchedCommandsMatching(listWithAllOf(sentByThePolicy()));
        }

        @Test
        void aCourierPatternOpensAFraudReferralNamingTheCase() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(refunded(COURIER_PATTERN))
                    .expectDispatchedCommands(new OpenFraudReferral(COURIER, List.of(CASE_ID)))
                    .expectDispatchedCommandsMatching(listWithAllOf(sentByThePolicy()));
        }

        @Test
        void bothSignalsBesideAnEscalationFlagAndRefer() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(escalated(OTP_REMOTE_DISCLOSURE, COURIER_PATTERN))
                    .expectDispatchedCommandsMatching(exactly(
                            allOf(command(new FlagCourier(COURIER, CASE_ID, OTP_REMOTE_DISCLOSURE)), sentByThePolicy()),
                            allOf(command(new OpenFraudReferral(COURIER, List.of(CASE_ID))), sentByThePolicy())))
                    .expectScheduledDeadlineWithName(ESCALATION_DUE, AdjudicationSaga.ESCALATION_SLA);
        }

        @Test
        void aDecisionWithoutSignalsSendsNothingToTheCourier() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(claimFiled())
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(refunded())
                    .expectNoDispatchedCommands();
        }

        @Test
        void aDisputeWithoutACourierSendsNoCourierCommands() throws Exception {
            fixture.givenCurrentTime(NOW)
                    .andThenAPublished(disputeOpened(DisputeReason.UNAUTHORIZED_TRANSACTION, RESPONSE_DUE))
                    .andThenTimeAdvancesTo(RESPONSE_DUE)
                    .whenPublishingA(refunded(OTP_REMOTE_DISCLOSURE, COURIER_PATTERN))
                    .expectNoDispatchedCommands();
        }
    }

    /** Guards the helpers above: a matcher that matches everything would make the tests above prove nothing. */
    @Test
    void theActorMatcherRefusesACommandSentByAPerson() {
        var byAgent = org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(new DecideCase(CASE_ID))
                .andMetaData(Map.of(MessageActor.ACTOR, "agent-7", MessageActor.ROLE, "AGENT"));
        var byPolicy = org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(new DecideCase(CASE_ID))
                .andMetaData(AdjudicationSaga.BY_POLICY);

        assertThat(sentByThePolicy().matches(byAgent)).isFalse();
        assertThat(sentByThePolicy().matches(byPolicy)).isTrue();
    }
}
