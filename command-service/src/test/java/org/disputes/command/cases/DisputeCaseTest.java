package org.disputes.command.cases;

import org.disputes.platform.problem.ProblemCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disputes.api.Money;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.fraud.RecordFraudSuspicion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.disputes.api.evidence.EvidenceAttribute.CHANNELS;
import static org.disputes.command.cases.CaseFixtures.NOW;
import static org.disputes.command.cases.CaseFixtures.OTHER_SHA;
import static org.disputes.command.cases.CaseFixtures.card;
import static org.disputes.command.cases.CaseFixtures.caseClosed;
import static org.disputes.command.cases.CaseFixtures.claim;
import static org.disputes.command.cases.CaseFixtures.claimFiled;
import static org.disputes.command.cases.CaseFixtures.conflict;
import static org.disputes.command.cases.CaseFixtures.dispute;
import static org.disputes.command.cases.CaseFixtures.eur;
import static org.disputes.command.cases.CaseFixtures.evidence;
import static org.disputes.command.cases.CaseFixtures.giftCard;
import static org.disputes.command.cases.CaseFixtures.purchase;
import static org.disputes.command.cases.CaseFixtures.violates;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The rules a {@link DisputeCase} guards, one scenario per rule, each accepted and refused. Time is fixed at
 * {@link CaseFixtures#NOW} (a Friday morning in Paris) through the injected {@link CaseCalendar}.
 */
class DisputeCaseTest {

    private FixtureConfiguration<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DisputeCase.class);
        fixture.registerInjectableResource(CaseFixtures.calendar());
        fixture.registerInjectableResource(CaseFixtures.adjudicator());
    }

    // ---------------------------------------------------------------- filing a delivery claim

    @Test
    void filesDeliveryClaimAndStartsTheResponseWindow() {
        var claim = claim();

        fixture.givenNoPriorActivity()
                .when(claim.command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(claim.filed(NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void recordsTheFilingTimeTheResponseDueDateAndTheWholeAmountAsClaimed() {
        // spelled out rather than built: filed at the calendar's now, due three days later, all of it claimed
        var purchase = purchase().build();
        var expected = new DeliveryClaimFiled(CaseFixtures.CASE_ID, purchase, Money.of("300.00", "EUR"),
                DeliveryMethod.SECURE_OTP, Instant.parse("2026-11-17T15:40:00Z"),
                "The courier phoned, said my code was invalid, and never came back.",
                Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-23T09:00:00Z"));

        fixture.givenNoPriorActivity()
                .when(claim().claimedAmount(null).command())
                .expectEvents(expected)
                .expectResultMessagePayload(1L);
    }

    @Test
    void keepsThePartOfTheAmountTheCustomerSaysIsMissing() {
        var claim = claim().claimedAmount(eur("100.00"));

        fixture.givenNoPriorActivity()
                .when(claim.command())
                .expectEvents(claim.filed(NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void acceptsAClaimForTheWholeAmountStatedExplicitly() {
        var claim = claim().claimedAmount(eur("300.00"));

        fixture.givenNoPriorActivity()
                .when(claim.command())
                .expectEvents(claim.filed(NOW));
    }

    @Test
    void acceptsACarrierDeliveryReportedRightNow() {
        var claim = claim().carrierReportedDeliveredAt(NOW);

        fixture.givenNoPriorActivity()
                .when(claim.command())
                .expectEvents(claim.filed(NOW));
    }

    @Test
    void acceptsAClaimWithoutACarrierDeliveryReport() {
        var claim = claim().carrierReportedDeliveredAt(null);

        fixture.givenNoPriorActivity()
                .when(claim.command())
                .expectEvents(claim.filed(NOW));
    }

    @Test
    void acceptsWholeYenAndTrailingZerosBeyondTheMinorUnit() {
        var yen = claim().purchase(purchase().paidByCard("1000", "JPY"));
        var euros = claim().purchase(purchase().amount("10.500", "EUR").tenders(card("10.50")));

        fixture.givenNoPriorActivity().when(yen.command()).expectEvents(yen.filed(NOW));
        fixture.givenNoPriorActivity().when(euros.command()).expectEvents(euros.filed(NOW));
    }

    @Test
    void refusesAClaimWithoutCarrier() {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().carrierId(null)).command())
                .expectException(violates("carrierId"))
                .expectExceptionMessage(containsString("carrierId is required for a delivery claim"))
                .expectNoEvents();
    }

    @Test
    void refusesAClaimWithoutDeliveryMethod() {
        fixture.givenNoPriorActivity()
                .when(claim().deliveryMethod(null).command())
                .expectException(violates("deliveryMethod"))
                .expectNoEvents();
    }

    @Test
    void refusesACarrierDeliveryReportedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(claim().carrierReportedDeliveredAt(NOW.plusSeconds(1)).command())
                .expectException(violates("carrierReportedDeliveredAt"))
                .expectExceptionMessage(containsString("must not be in the future"))
                .expectNoEvents();
    }

    @Test
    void refusesAJurisdictionNotServed() {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().jurisdiction("JP")).command())
                .expectException(violates("jurisdiction"))
                .expectExceptionMessage(containsString("[DE, FR, GB, US]"))
                .expectNoEvents();
    }

    @Test
    void refusesTendersThatDoNotAddUpToTheAmount() {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().amount("300.00", "EUR")
                        .tenders(card("200.00"), giftCard("99.99"))).command())
                .expectException(violates("tenders"))
                .expectExceptionMessage(containsString("must add up to the amount (300.00 EUR), not 299.99"))
                .expectNoEvents();
    }

    @Test
    void refusesTendersThatAddUpToMoreThanTheAmount() {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().amount("300.00", "EUR")
                        .tenders(card("200.00"), giftCard("100.01"))).command())
                .expectException(violates("tenders"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "amount {0} EUR")
    @CsvSource({"0.00", "-10.00"})
    void refusesANonPositiveAmount(String amount) {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().paidByCard(amount, "EUR")).command())
                .expectException(violates("amount.value", "tenders[0].amount"))
                .expectExceptionMessage(containsString("amount.value must be greater than zero"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"10.001, EUR, 2", "10.5, JPY, 0", "1.0001, USD, 2"})
    void refusesAnAmountFinerThanItsCurrency(String amount, String currency, int decimals) {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().paidByCard(amount, currency)).command())
                .expectException(violates("amount.value", "tenders[0].amount"))
                .expectExceptionMessage(containsString(
                        "amount.value must use at most " + decimals + " decimals for " + currency))
                .expectNoEvents();
    }

    @Test
    void refusesATenderInUnitsFinerThanTheCurrency() {
        // 5.005 + 4.995 does add up to 10.00: only the tenders' units are wrong
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().amount("10.00", "EUR")
                        .tenders(card("5.005"), giftCard("4.995"))).command())
                .expectException(violates("tenders[0].amount", "tenders[1].amount"))
                .expectExceptionMessage(containsString("must use the minor units of EUR"))
                .expectNoEvents();
    }

    @Test
    void refusesATenderOfNothing() {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().amount("10.00", "EUR")
                        .tenders(card("10.00"), giftCard("0.00"))).command())
                .expectException(violates("tenders[1].amount"))
                .expectNoEvents();
    }

    @Test
    void refusesAPurchaseWithoutTenders() {
        fixture.givenNoPriorActivity()
                .when(claim().purchase(purchase().tenders()).command())
                .expectException(violates("tenders"))
                .expectExceptionMessage(equalTo("tenders must name at least one tender"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "claimed {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "100.00 | USD | claimedAmount.currency | must be the currency of the amount (EUR)",
            "0.00   | EUR | claimedAmount.value    | must be greater than zero",
            "-1.00  | EUR | claimedAmount.value    | must be greater than zero",
            "300.01 | EUR | claimedAmount.value    | must not exceed the amount (300.00 EUR)",
            "10.001 | EUR | claimedAmount.value    | must use the minor units of EUR"})
    void refusesAClaimedAmountThatIsNotPartOfTheAmount(String value, String currency, String field, String message) {
        fixture.givenNoPriorActivity()
                .when(claim().claimedAmount(Money.of(value, currency)).command())
                .expectException(violates(field))
                .expectExceptionMessage(equalTo(field + " " + message))
                .expectNoEvents();
    }

    @Test
    void reportsEveryBrokenRuleTogether() {
        var claim = claim()
                .purchase(purchase().jurisdiction("JP").carrierId(null)
                        .amount("10.001", "EUR").tenders(card("5.00"), giftCard("-1.00")))
                .claimedAmount(Money.of("5.00", "USD"))
                .deliveryMethod(null)
                .carrierReportedDeliveredAt(NOW.plus(Duration.ofDays(1)));

        fixture.givenNoPriorActivity()
                .when(claim.command())
                .expectException(violates("jurisdiction", "amount.value", "tenders[1].amount", "tenders",
                        "claimedAmount.currency", "carrierId", "deliveryMethod", "carrierReportedDeliveredAt"))
                .expectExceptionMessage(allOf(
                        containsString("jurisdiction must be one of the jurisdictions served"),
                        containsString("amount.value must use at most 2 decimals for EUR"),
                        containsString("tenders[1].amount must be greater than zero"),
                        containsString("tenders must add up to the amount (10.001 EUR), not 4.00"),
                        containsString("claimedAmount.currency must be the currency of the amount (EUR)"),
                        containsString("carrierId is required for a delivery claim"),
                        containsString("deliveryMethod is required"),
                        containsString("carrierReportedDeliveredAt must not be in the future")))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- opening a customer dispute

    @Test
    void opensAnUnauthorizedTransactionDisputeDueAtTheEndOfTheNextBusinessDay() {
        // Friday 10:00 in Paris: the next business day is Monday, which ends at Tuesday 00:00 Paris time
        var dispute = dispute(DisputeReason.UNAUTHORIZED_TRANSACTION);

        fixture.givenNoPriorActivity()
                .when(dispute.command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(dispute.opened(NOW, Instant.parse("2026-11-23T23:00:00Z")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void countsTheNextBusinessDayInTheJurisdictionsZone() {
        // Friday 04:00 in New York: the deadline is the end of Monday there, 05:00 UTC on Tuesday
        var dispute = dispute(DisputeReason.UNAUTHORIZED_TRANSACTION)
                .purchase(purchase().jurisdiction("US").paidByCard("80.00", "USD").carrierId(null));

        fixture.givenNoPriorActivity()
                .when(dispute.command())
                .expectEvents(dispute.opened(NOW, Instant.parse("2026-11-24T05:00:00Z")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void opensANotAsDescribedDisputeWithTheResponseWindow() {
        var dispute = dispute(DisputeReason.NOT_AS_DESCRIBED).claimedAmount(eur("120.00"));

        fixture.givenNoPriorActivity()
                .when(dispute.command())
                .expectEvents(dispute.opened(NOW, NOW.plus(Duration.ofDays(3))))
                .expectResultMessagePayload(1L);
    }

    @Test
    void acceptsGoodsDeliveredAtTheMomentOfTheTransaction() {
        Instant paidAndCollected = Instant.parse("2026-11-02T18:20:00Z");
        var dispute = dispute(DisputeReason.NOT_AS_DESCRIBED)
                .transactionAt(paidAndCollected).deliveredAt(paidAndCollected);

        fixture.givenNoPriorActivity()
                .when(dispute.command())
                .expectEvents(dispute.opened(NOW, NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void requiresTheDeliveryDateWhenTheGoodsAreNotAsDescribed() {
        fixture.givenNoPriorActivity()
                .when(dispute(DisputeReason.NOT_AS_DESCRIBED).deliveredAt(null).command())
                .expectException(violates("deliveredAt"))
                .expectExceptionMessage(equalTo("deliveredAt is required when the goods are not as described"))
                .expectNoEvents();
    }

    @Test
    void refusesGoodsDeliveredBeforeTheyWerePaidFor() {
        fixture.givenNoPriorActivity()
                .when(dispute(DisputeReason.NOT_AS_DESCRIBED)
                        .transactionAt(Instant.parse("2026-11-02T18:20:00Z"))
                        .deliveredAt(Instant.parse("2026-11-02T18:19:59Z")).command())
                .expectException(violates("deliveredAt"))
                .expectExceptionMessage(equalTo("deliveredAt must not be before transactionAt"))
                .expectNoEvents();
    }

    @Test
    void refusesATransactionInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(dispute(DisputeReason.UNAUTHORIZED_TRANSACTION).transactionAt(NOW.plusSeconds(1)).command())
                .expectException(violates("transactionAt"))
                .expectExceptionMessage(equalTo("transactionAt must not be in the future"))
                .expectNoEvents();
    }

    @Test
    void acceptsATransactionRightNow() {
        var dispute = dispute(DisputeReason.UNAUTHORIZED_TRANSACTION).transactionAt(NOW);

        fixture.givenNoPriorActivity()
                .when(dispute.command())
                .expectEvents(dispute.opened(NOW, Instant.parse("2026-11-23T23:00:00Z")));
    }

    @Test
    void refusesADeliveryInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(dispute(DisputeReason.NOT_AS_DESCRIBED).deliveredAt(NOW.plusSeconds(60)).command())
                .expectException(violates("deliveredAt"))
                .expectExceptionMessage(equalTo("deliveredAt must not be in the future"))
                .expectNoEvents();
    }

    @Test
    void refusesADisputeWithoutReasonOrTransactionTime() {
        fixture.givenNoPriorActivity()
                .when(dispute(DisputeReason.UNAUTHORIZED_TRANSACTION).reason(null).transactionAt(null).command())
                .expectException(violates("reason", "transactionAt"))
                .expectNoEvents();
    }

    @Test
    void appliesThePurchaseRulesToDisputesToo() {
        fixture.givenNoPriorActivity()
                .when(dispute(DisputeReason.UNAUTHORIZED_TRANSACTION)
                        .purchase(purchase().jurisdiction("JP").carrierId(null)
                                .amount("300.00", "EUR").tenders(card("250.00")))
                        .claimedAmount(eur("300.01")).command())
                .expectException(violates("jurisdiction", "tenders", "claimedAmount.value"))
                .expectNoEvents();
    }

    @Test
    void reportsEveryBrokenRuleOfADisputeTogether() {
        fixture.givenNoPriorActivity()
                .when(dispute(DisputeReason.NOT_AS_DESCRIBED)
                        .purchase(purchase().paidByCard("10.5", "JPY"))
                        .transactionAt(NOW.plus(Duration.ofDays(2)))
                        .deliveredAt(NOW.plus(Duration.ofDays(1))).command())
                .expectException(violates("amount.value", "tenders[0].amount", "transactionAt", "deliveredAt",
                        "deliveredAt"))
                .expectExceptionMessage(allOf(
                        containsString("transactionAt must not be in the future"),
                        containsString("deliveredAt must not be in the future"),
                        containsString("deliveredAt must not be before transactionAt")))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- submitting evidence

    @Test
    void recordsEvidenceWithTheTimeItWasSubmitted() {
        var evidence = evidence();

        fixture.given(claimFiled())
                .when(evidence.command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(evidence.submitted(NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void answersTheVersionAfterEveryEventOfTheCase() {
        var second = evidence().id(EvidenceId.of("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"))
                .by(Party.CARRIER, EvidenceType.GPS_SCAN).attributes(Map.of("distanceMeters", 12));

        fixture.given(claimFiled(), evidence().submitted(NOW.minusSeconds(600)))
                .when(second.command())
                .expectEvents(second.submitted(NOW))
                .expectResultMessagePayload(3L);
    }

    @Test
    void recordsEvidenceOnACustomerDisputeToo() {
        var evidence = evidence().by(Party.SELLER, EvidenceType.SCA_RECORD).attributes(Map.of());

        fixture.given(dispute(DisputeReason.UNAUTHORIZED_TRANSACTION)
                        .opened(NOW.minusSeconds(3600), Instant.parse("2026-11-23T23:00:00Z")))
                .when(evidence.command())
                .expectEvents(evidence.submitted(NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void refusesEvidenceOnAClosedCase() {
        fixture.given(claimFiled(), caseClosed())
                .when(evidence().command())
                .expectException(conflict(ProblemCode.CASE_CLOSED))
                .expectExceptionMessage(containsString("is closed; it accepts no evidence"))
                .expectNoEvents();
    }

    @Test
    void answersARetriedSubmissionWithoutRecordingItAgain() {
        fixture.given(claimFiled(), evidence().submitted(NOW.minusSeconds(30)))
                .when(evidence().command())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void answersARetriedSubmissionEvenOnceTheCaseIsClosed() {
        fixture.given(claimFiled(), evidence().submitted(NOW.minusSeconds(30)), caseClosed())
                .when(evidence().command())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    static Stream<Arguments> otherContent() {
        return Stream.of(
                Arguments.of("party", (UnaryOperator<CaseFixtures.EvidenceBuilder>) e -> e.party(Party.SELLER)),
                Arguments.of("type", (UnaryOperator<CaseFixtures.EvidenceBuilder>) e -> e.type(EvidenceType.GPS_SCAN)),
                Arguments.of("capturedAt", (UnaryOperator<CaseFixtures.EvidenceBuilder>)
                        e -> e.capturedAt(Instant.parse("2026-11-17T15:39:11Z"))),
                Arguments.of("sha256", (UnaryOperator<CaseFixtures.EvidenceBuilder>) e -> e.sha256(OTHER_SHA)),
                Arguments.of("uri", (UnaryOperator<CaseFixtures.EvidenceBuilder>)
                        e -> e.uri(URI.create("https://evidence.example/other"))),
                Arguments.of("description", (UnaryOperator<CaseFixtures.EvidenceBuilder>)
                        e -> e.description("Another description")),
                Arguments.of("no description", (UnaryOperator<CaseFixtures.EvidenceBuilder>)
                        e -> e.description(null)),
                Arguments.of("attributes", (UnaryOperator<CaseFixtures.EvidenceBuilder>)
                        e -> e.attribute("channel", "IN_PERSON")));
    }

    @ParameterizedTest(name = "other {0}")
    @MethodSource("otherContent")
    void refusesOtherContentUnderAnEvidenceIdAlreadyUsed(String change,
                                                          UnaryOperator<CaseFixtures.EvidenceBuilder> other) {
        fixture.given(claimFiled(), evidence().submitted(NOW.minusSeconds(30)))
                .when(other.apply(evidence()).command())
                .expectException(conflict(ProblemCode.DUPLICATE_EVIDENCE))
                .expectExceptionMessage(containsString("is already on this case with other content"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} may not submit {1}")
    @CsvSource({
            "CUSTOMER, SIGNATURE",
            "CUSTOMER, OTP_CONFIRMATION",
            "CUSTOMER, SCA_RECORD",
            "CARRIER, CCTV_FOOTAGE",
            "CARRIER, COMMUNICATION_LOG",
            "SELLER, WITNESS_STATEMENT"})
    void refusesEvidenceFromTheWrongSide(Party party, EvidenceType type) {
        fixture.given(claimFiled())
                .when(evidence().by(party, type).attributes(Map.of()).command())
                .expectException(violates("party"))
                .expectExceptionMessage(equalTo("party " + party + " cannot submit " + type + " evidence"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} may submit {1}")
    @CsvSource({
            "CUSTOMER, CCTV_FOOTAGE",
            "CUSTOMER, COMMUNICATION_LOG",
            "SELLER, SIGNATURE",
            "SELLER, INSPECTION_REPORT",
            "CARRIER, GPS_SCAN",
            "THIRD_PARTY, SIGNATURE",
            "THIRD_PARTY, CCTV_FOOTAGE"})
    void acceptsEvidenceFromItsOwnSide(Party party, EvidenceType type) {
        var evidence = evidence().by(party, type).attributes(Map.of());

        fixture.given(claimFiled())
                .when(evidence.command())
                .expectEvents(evidence.submitted(NOW));
    }

    @ParameterizedTest
    @EnumSource(EvidenceType.class)
    void agentMaySubmitAnyType(EvidenceType type) {
        var evidence = evidence().by(Party.AGENT, type).attributes(Map.of());

        fixture.given(claimFiled())
                .when(evidence.command())
                .expectEvents(evidence.submitted(NOW))
                .expectResultMessagePayload(2L);
    }

    static Stream<Arguments> illTypedAttributes() {
        return Stream.of(
                Arguments.of("signerIsRecipient", "yes", "must be true or false"),
                Arguments.of("signerIsNominee", 1, "must be true or false"),
                Arguments.of("geotagged", "true", "must be true or false"),
                Arguments.of("otpRequestedRemotely", null, "must be true or false"),
                Arguments.of("distanceMeters", -1, "must be a number of zero or more"),
                Arguments.of("distanceMeters", new BigDecimal("-0.5"), "must be a number of zero or more"),
                Arguments.of("distanceMeters", "12", "must be a number of zero or more"),
                Arguments.of("channel", "FAX", "must be one of " + CHANNELS),
                Arguments.of("channel", "in_person", "must be one of " + CHANNELS),
                Arguments.of("channel", true, "must be one of " + CHANNELS));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("illTypedAttributes")
    void refusesAnIllTypedAttributeThePolicyReads(String key, Object value, String problem) {
        fixture.given(claimFiled())
                .when(evidence().attribute(key, value).command())
                .expectException(violates("attributes." + key))
                .expectExceptionMessage(equalTo("attributes." + key + " " + problem))
                .expectNoEvents();
    }

    @Test
    void acceptsWellTypedAttributes() {
        var evidence = evidence().by(Party.CARRIER, EvidenceType.SIGNATURE).attributes(Map.of(
                "signerIsRecipient", false, "signerIsNominee", true, "geotagged", true,
                "distanceMeters", 0, "channel", "IN_PERSON", "otpRequestedRemotely", false,
                "nominatedByCustomer", true, "coversDeliveryWindow", false));
        var photo = evidence().id(EvidenceId.of("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"))
                .by(Party.SELLER, EvidenceType.DELIVERY_PHOTO)
                .attributes(Map.of("distanceMeters", new BigDecimal("12.5"), "geotagged", true));

        fixture.given(claimFiled()).when(evidence.command()).expectEvents(evidence.submitted(NOW));
        fixture.given(claimFiled()).when(photo.command()).expectEvents(photo.submitted(NOW));
    }

    @Test
    void acceptsUnknownExtraAttributesAsTheyAre() {
        var evidence = evidence().attribute("courierNote", "left with the concierge")
                .attribute("weatherCode", 3).attribute("photoRetaken", true);

        fixture.given(claimFiled())
                .when(evidence.command())
                .expectEvents(evidence.submitted(NOW));
    }

    @Test
    void refusesEvidenceCapturedMoreThanFiveMinutesAhead() {
        fixture.given(claimFiled())
                .when(evidence().capturedAt(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)).command())
                .expectException(violates("capturedAt"))
                .expectExceptionMessage(equalTo("capturedAt must not be in the future"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "captured {0} seconds ahead")
    @CsvSource({"1", "240", "300"})
    void acceptsEvidenceCapturedWithinTheClockTolerance(long secondsAhead) {
        var evidence = evidence().capturedAt(NOW.plusSeconds(secondsAhead));

        fixture.given(claimFiled())
                .when(evidence.command())
                .expectEvents(evidence.submitted(NOW));
    }

    @Test
    void refusesMoreThan32Attributes() {
        fixture.given(claimFiled())
                .when(evidence().attributes(attributesNumbered(33)).command())
                .expectException(violates("attributes"))
                .expectExceptionMessage(equalTo("attributes must have at most 32 entries"))
                .expectNoEvents();
    }

    @Test
    void accepts32Attributes() {
        var evidence = evidence().attributes(attributesNumbered(32));

        fixture.given(claimFiled())
                .when(evidence.command())
                .expectEvents(evidence.submitted(NOW));
    }

    @Test
    void requiresWhoWhatWhenAndWhereOfTheEvidence() {
        fixture.given(claimFiled())
                .when(evidence().party(null).type(null).capturedAt(null).sha256(null).uri(null).command())
                .expectException(violates("party", "type", "capturedAt", "sha256", "uri"))
                .expectNoEvents();
    }

    @Test
    void reportsEveryBrokenRuleOfEvidenceTogether() {
        fixture.given(claimFiled())
                .when(evidence().by(Party.CUSTOMER, EvidenceType.SIGNATURE)
                        .capturedAt(NOW.plus(Duration.ofHours(1)))
                        .attributes(Map.of("signerIsRecipient", "yes", "distanceMeters", -1)).command())
                .expectException(violates("capturedAt", "party", "attributes.signerIsRecipient",
                        "attributes.distanceMeters"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- the sender's expected version (If-Match)

    @Test
    void recordsACommandSentForTheVersionTheCaseIsAt() {
        var evidence = evidence();

        fixture.given(claimFiled())
                .when(evidence.command(), Map.of(DisputeCase.EXPECTED_VERSION, 1L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evidence.submitted(NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void refusesACommandSentForAVersionTheCaseHasMovedPast() {
        fixture.given(claimFiled(), evidence().submitted(NOW.minusSeconds(30)))
                .when(new RecordFraudSuspicion(CaseFixtures.CASE_ID, true, "posed as the carrier"),
                        Map.of(DisputeCase.EXPECTED_VERSION, 1L))
                .expectException(CaseVersionMismatch.class)
                .expectExceptionMessage(containsString("is at version 2, not 1"))
                .expectNoEvents();
    }

    @Test
    void refusesACommandSentForAVersionTheCaseNeverHad() {
        fixture.given(claimFiled())
                .when(evidence().command(), Map.of(DisputeCase.EXPECTED_VERSION, 5L))
                .expectException(CaseVersionMismatch.class)
                .expectNoEvents();
    }

    @Test
    void checksTheVersionBeforeAnsweringARetriedSubmission() {
        fixture.given(claimFiled(), evidence().submitted(NOW.minusSeconds(30)))
                .when(evidence().command(), Map.of(DisputeCase.EXPECTED_VERSION, 1L))
                .expectException(CaseVersionMismatch.class)
                .expectNoEvents();
    }

    private static Map<String, Object> attributesNumbered(int count) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        IntStream.rangeClosed(1, count).forEach(i -> attributes.put("note" + i, "value " + i));
        return attributes;
    }
}
