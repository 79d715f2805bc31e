package org.disputes.command.couriers;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.fraud.CourierFlagged;
import org.disputes.api.fraud.FlagCourier;
import org.disputes.api.fraud.FraudReferralOpened;
import org.disputes.api.fraud.OpenFraudReferral;
import org.disputes.command.cases.CaseCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

/**
 * A courier's record: each signal a case raised is flagged once, and a pattern opens one fraud referral, not one per
 * case. Time is fixed through the injected {@link CaseCalendar}, as the case's own tests fix it.
 */
class CourierRecordTest {

    /** Friday 20 November 2026, 10:00 in Paris. */
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final String COURIER = "COURIER-19";
    static final Signal OTP_REMOTE_DISCLOSURE = Signal.OTP_REMOTE_DISCLOSURE;
    static final Signal COURIER_PATTERN = Signal.COURIER_PATTERN;
    static final CaseId CASE_A = CaseId.of("6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d");
    static final CaseId CASE_B = CaseId.of("11111111-2222-4333-8444-555555555555");
    static final CaseId CASE_C = CaseId.of("99999999-8888-4777-8666-555555555555");

    private FixtureConfiguration<CourierRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CourierRecord.class);
        fixture.registerInjectableResource(new CaseCalendar(Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("FR", ZoneId.of("Europe/Paris")), Duration.ofDays(3), Optional.empty()));
    }

    static CourierFlagged flagged(CaseId caseId, Signal signal, Instant at) {
        return new CourierFlagged(COURIER, caseId, signal, at);
    }

    static FraudReferralOpened referralOpened(List<CaseId> cases) {
        return new FraudReferralOpened(COURIER, "REF-1", cases, NOW.minus(Duration.ofDays(2)));
    }

    @Test
    void theFirstFlagStartsTheCouriersRecord() {
        fixture.givenNoPriorActivity()
                .when(new FlagCourier(COURIER, CASE_A, OTP_REMOTE_DISCLOSURE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(flagged(CASE_A, OTP_REMOTE_DISCLOSURE, NOW));
    }

    @Test
    void aCaseIsFlaggedOncePerSignal() {
        fixture.given(flagged(CASE_A, OTP_REMOTE_DISCLOSURE, NOW.minusSeconds(3600)))
                .when(new FlagCourier(COURIER, CASE_A, OTP_REMOTE_DISCLOSURE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherCaseOfTheCourierIsFlaggedToo() {
        fixture.given(flagged(CASE_A, OTP_REMOTE_DISCLOSURE, NOW.minusSeconds(3600)))
                .when(new FlagCourier(COURIER, CASE_B, OTP_REMOTE_DISCLOSURE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(flagged(CASE_B, OTP_REMOTE_DISCLOSURE, NOW));
    }

    @Test
    void anotherSignalOfTheSameCaseIsFlaggedToo() {
        fixture.given(flagged(CASE_A, OTP_REMOTE_DISCLOSURE, NOW.minusSeconds(3600)))
                .when(new FlagCourier(COURIER, CASE_A, COURIER_PATTERN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(flagged(CASE_A, COURIER_PATTERN, NOW));
    }

    @Test
    void aPatternOpensAFraudReferralNamingItsCases() {
        List<CaseId> cases = List.of(CASE_A, CASE_B, CASE_C);

        fixture.given(flagged(CASE_A, OTP_REMOTE_DISCLOSURE, NOW.minusSeconds(7200)),
                        flagged(CASE_B, OTP_REMOTE_DISCLOSURE, NOW.minusSeconds(3600)))
                .when(new OpenFraudReferral(COURIER, cases))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((Object payload) -> payload instanceof FraudReferralOpened opened
                                && opened.courierId().equals(COURIER)
                                && opened.caseIds().equals(cases)
                                && opened.openedAt().equals(NOW)
                                && opened.referralId() != null && !opened.referralId().isBlank()),
                        andNoMore())));
    }

    @Test
    void aPatternOpensAReferralForACourierWithoutARecordYet() {
        fixture.givenNoPriorActivity()
                .when(new OpenFraudReferral(COURIER, List.of(CASE_C)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((Object payload) -> payload instanceof FraudReferralOpened opened
                                && opened.caseIds().equals(List.of(CASE_C)) && opened.openedAt().equals(NOW)),
                        andNoMore())));
    }

    @Test
    void aSecondReferralForTheSamePatternAddsNothing() {
        fixture.given(flagged(CASE_A, OTP_REMOTE_DISCLOSURE, NOW.minusSeconds(7200)),
                        referralOpened(List.of(CASE_A)))
                .when(new OpenFraudReferral(COURIER, List.of(CASE_B)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameCaseReportingThePatternAgainAddsNothing() {
        fixture.given(referralOpened(List.of(CASE_A)))
                .when(new OpenFraudReferral(COURIER, List.of(CASE_A)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOpenReferralDoesNotStopFlagsOfNewCases() {
        fixture.given(referralOpened(List.of(CASE_A)))
                .when(new FlagCourier(COURIER, CASE_B, OTP_REMOTE_DISCLOSURE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(flagged(CASE_B, OTP_REMOTE_DISCLOSURE, NOW));
    }
}
