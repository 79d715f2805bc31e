package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.api.CaseKind.ITEM_NOT_RECEIVED;
import static org.disputes.api.CaseKind.NOT_AS_DESCRIBED;
import static org.disputes.api.CaseKind.UNAUTHORIZED_TRANSACTION;
import static org.disputes.api.evidence.EvidenceType.*;
import static org.disputes.api.evidence.Party.AGENT;
import static org.disputes.api.evidence.Party.CARRIER;
import static org.disputes.api.evidence.Party.CUSTOMER;
import static org.disputes.api.evidence.Party.SELLER;
import static org.disputes.api.evidence.Party.THIRD_PARTY;
import static org.disputes.command.policy.Fixtures.customer;
import static org.disputes.command.policy.Fixtures.evidence;
import static org.disputes.command.policy.Fixtures.submittedAt;
import static org.disputes.command.policy.Weight.MODERATE;
import static org.disputes.command.policy.Weight.NONE;
import static org.disputes.command.policy.Weight.STRONG;
import static org.disputes.command.policy.Weight.WEAK;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POLICY.md §2, row by row, and the rules EV-1 … EV-4 of docs/POLICY.md. */
class EvidenceWeigherTest {

    private final EvidenceWeigher weigher = new EvidenceWeigher();

    static Stream<Arguments> policyTable() {
        return Stream.of(
                // proof of delivery
                arguments(ITEM_NOT_RECEIVED, CARRIER, SIGNATURE, new Object[]{"signerIsRecipient", true}, STRONG),
                arguments(ITEM_NOT_RECEIVED, CARRIER, SIGNATURE, new Object[]{"signerIsRecipient", false, "signerIsNominee", true}, STRONG),
                arguments(ITEM_NOT_RECEIVED, CARRIER, SIGNATURE, new Object[]{"signerIsNominee", true}, STRONG),
                arguments(ITEM_NOT_RECEIVED, CARRIER, SIGNATURE, new Object[]{"signerIsRecipient", false}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, SIGNATURE, new Object[]{"signerIsRecipient", false, "signerIsNominee", false}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, SIGNATURE, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"geotagged", true, "distanceMeters", 10}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"geotagged", true}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"distanceMeters", 20}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"geotagged", true, "distanceMeters", 100}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"geotagged", true, "distanceMeters", new BigDecimal("100.00")}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"geotagged", true, "distanceMeters", new BigDecimal("100.01")}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"geotagged", false}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{"geotagged", false, "distanceMeters", 150}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, DELIVERY_PHOTO, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, GPS_SCAN, new Object[]{"distanceMeters", 15}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, GPS_SCAN, new Object[]{"distanceMeters", 0}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, GPS_SCAN, new Object[]{"distanceMeters", 100}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, GPS_SCAN, new Object[]{"distanceMeters", 100.01}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, GPS_SCAN, new Object[]{"distanceMeters", 2500}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, GPS_SCAN, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "IN_PERSON"}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "PHONE"}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "SMS"}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "EMAIL"}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "CHAT"}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "APP"}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "OTHER"}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, OTP_CONFIRMATION, new Object[]{"channel", "IN_PERSON", "otpRequestedRemotely", true}, NONE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, LOCKER_PICKUP_LOG, new Object[]{}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CARRIER, CARRIER_SCAN, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, THIRD_PARTY_HANDOVER, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, THIRD_PARTY_HANDOVER, new Object[]{"nominatedByCustomer", false}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CARRIER, THIRD_PARTY_HANDOVER, new Object[]{"nominatedByCustomer", true}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, SELLER, SIGNATURE, new Object[]{"signerIsRecipient", true}, STRONG),
                // customer rebuttal
                arguments(ITEM_NOT_RECEIVED, CUSTOMER, CCTV_FOOTAGE, new Object[]{"coversDeliveryWindow", true}, STRONG),
                arguments(ITEM_NOT_RECEIVED, CUSTOMER, CCTV_FOOTAGE, new Object[]{"coversDeliveryWindow", false}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CUSTOMER, CCTV_FOOTAGE, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CUSTOMER, POLICE_REPORT, new Object[]{}, MODERATE),
                arguments(ITEM_NOT_RECEIVED, CUSTOMER, WITNESS_STATEMENT, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CUSTOMER, COMMUNICATION_LOG, new Object[]{}, WEAK),
                arguments(ITEM_NOT_RECEIVED, CUSTOMER, COMMUNICATION_LOG, new Object[]{"otpRequestedRemotely", true}, WEAK),
                arguments(NOT_AS_DESCRIBED, CUSTOMER, DEFECT_PHOTO, new Object[]{}, MODERATE),
                arguments(NOT_AS_DESCRIBED, CUSTOMER, EXPERT_REPORT, new Object[]{}, STRONG),
                arguments(NOT_AS_DESCRIBED, CUSTOMER, WITNESS_STATEMENT, new Object[]{}, WEAK),
                arguments(UNAUTHORIZED_TRANSACTION, CUSTOMER, POLICE_REPORT, new Object[]{}, MODERATE),
                // merchant proof for the other kinds
                arguments(UNAUTHORIZED_TRANSACTION, SELLER, SCA_RECORD, new Object[]{}, MODERATE),
                arguments(UNAUTHORIZED_TRANSACTION, SELLER, DEVICE_MATCH, new Object[]{}, MODERATE),
                arguments(NOT_AS_DESCRIBED, SELLER, INSPECTION_REPORT, new Object[]{}, STRONG));
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} weighs {4}")
    @MethodSource("policyTable")
    void weighsEveryTypeAsThePolicyTableSays(CaseKind kind, Party party, EvidenceType type, Object[] attributes,
                                             Weight expected) {
        WeighedEvidence weighed = weighOne(kind, evidence(party, type, attributes));

        assertThat(weighed.weight()).isEqualTo(expected);
        assertThat(weighed.why()).isNotBlank();
    }

    static Stream<Arguments> remoteRequestReports() {
        return Stream.of(
                arguments(customer(COMMUNICATION_LOG, "otpRequestedRemotely", true), "the customer's COMMUNICATION_LOG"),
                arguments(customer(CCTV_FOOTAGE, "coversDeliveryWindow", true, "otpRequestedRemotely", true), "the customer's CCTV_FOOTAGE"),
                arguments(evidence(AGENT, COMMUNICATION_LOG, "otpRequestedRemotely", true), "the agent's COMMUNICATION_LOG"),
                arguments(evidence(THIRD_PARTY, WITNESS_STATEMENT, "otpRequestedRemotely", true), "a third party's WITNESS_STATEMENT"),
                arguments(evidence(CARRIER, GPS_SCAN, "distanceMeters", 5, "otpRequestedRemotely", true), "the carrier's own GPS_SCAN"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("remoteRequestReports")
    void disregardsACodeInPersonWhenAnyoneOnRecordSaysItWasRequestedRemotely(Evidence report, String named) {
        Evidence otp = evidence(CARRIER, OTP_CONFIRMATION, "channel", "IN_PERSON");

        Weighing weighing = weigher.weigh(ITEM_NOT_RECEIVED, List.of(otp, report), Fixtures.WINDOW_CLOSES);

        WeighedEvidence code = weighing.items().get(0);
        assertThat(code.weight()).isEqualTo(NONE);
        assertThat(code.why()).startsWith(named + " (evidence " + report.id().toString().substring(0, 8)
                + ") reports that the code was requested remotely");
        assertThat(weighing.otpDisclosedRemotely()).isTrue();
    }

    @Test
    void explainsADisregardedCodeInWordsACustomerReads() {
        Evidence log = customer(COMMUNICATION_LOG, "otpRequestedRemotely", true, "channel", "PHONE");
        Evidence otp = evidence(CARRIER, OTP_CONFIRMATION, "channel", "IN_PERSON");

        WeighedEvidence code = weigher.weigh(ITEM_NOT_RECEIVED, List.of(otp, log), Fixtures.WINDOW_CLOSES).items().get(0);

        assertThat(code.explanation()).isEqualTo("OTP_CONFIRMATION disregarded: the customer's " + log.label()
                + " reports that the code was requested by phone, so its use does not show who took the parcel");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            code given by phone                      | ITEM_NOT_RECEIVED | OTP_CONFIRMATION  | channel              | PHONE | true
            code by SMS                              | ITEM_NOT_RECEIVED | OTP_CONFIRMATION  | channel              | SMS   | true
            code entered in person                   | ITEM_NOT_RECEIVED | OTP_CONFIRMATION  | channel              | IN_PERSON | false
            customer's log says requested remotely   | ITEM_NOT_RECEIVED | COMMUNICATION_LOG | otpRequestedRemotely | true  | true
            customer's log says not remotely         | ITEM_NOT_RECEIVED | COMMUNICATION_LOG | otpRequestedRemotely | false | false
            no courier in an unauthorised payment    | UNAUTHORIZED_TRANSACTION | COMMUNICATION_LOG | otpRequestedRemotely | true | false
            """)
    void raisesOtpRemoteDisclosureWhereTheCodeWasGivenAway(String scenario, CaseKind kind, EvidenceType type,
                                                           String attribute, String value, boolean raised) {
        Object typed = value.equals("true") || value.equals("false") ? Boolean.valueOf(value) : value;
        Party party = ProofSide.of(type) == ProofSide.SELLER ? CARRIER : CUSTOMER;

        Weighing weighing = weigher.weigh(kind, List.of(evidence(party, type, attribute, typed)), Fixtures.WINDOW_CLOSES);

        assertThat(weighing.otpDisclosedRemotely()).isEqualTo(raised);
    }

    @Test
    void raisesNoSignalForACodeWhoseChannelIsUnknown() {
        Weighing weighing = weigher.weigh(ITEM_NOT_RECEIVED, List.of(evidence(CARRIER, OTP_CONFIRMATION)), Fixtures.WINDOW_CLOSES);

        assertThat(weighing.items().get(0).weight()).isEqualTo(WEAK);
        assertThat(weighing.otpDisclosedRemotely()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} counts: {2}")
    @CsvSource({
            "SELLER, SIGNATURE, true", "CARRIER, SIGNATURE, true", "AGENT, SIGNATURE, true", "THIRD_PARTY, SIGNATURE, true",
            "CUSTOMER, SIGNATURE, false",
            "CUSTOMER, CCTV_FOOTAGE, true", "AGENT, CCTV_FOOTAGE, true", "THIRD_PARTY, WITNESS_STATEMENT, true",
            "SELLER, CCTV_FOOTAGE, false", "CARRIER, WITNESS_STATEMENT, false"})
    void countsEvidenceOnlyFromAPartyThatMayArgueItsSide(Party party, EvidenceType type, boolean counts) {
        Object[] attributes = type == SIGNATURE ? new Object[]{"signerIsRecipient", true}
                : new Object[]{"coversDeliveryWindow", true};

        WeighedEvidence weighed = weighOne(ITEM_NOT_RECEIVED, evidence(party, type, attributes));

        assertThat(weighed.weight() != NONE).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            "ITEM_NOT_RECEIVED, DEFECT_PHOTO", "ITEM_NOT_RECEIVED, EXPERT_REPORT", "ITEM_NOT_RECEIVED, SCA_RECORD",
            "ITEM_NOT_RECEIVED, INSPECTION_REPORT", "UNAUTHORIZED_TRANSACTION, SIGNATURE",
            "UNAUTHORIZED_TRANSACTION, OTP_CONFIRMATION", "UNAUTHORIZED_TRANSACTION, DEFECT_PHOTO",
            "UNAUTHORIZED_TRANSACTION, INSPECTION_REPORT", "NOT_AS_DESCRIBED, GPS_SCAN", "NOT_AS_DESCRIBED, SCA_RECORD",
            "NOT_AS_DESCRIBED, DEVICE_MATCH"})
    void countsNothingThatDoesNotBearOnTheCasesQuestion(CaseKind kind, EvidenceType type) {
        Party party = ProofSide.of(type) == ProofSide.SELLER ? SELLER : CUSTOMER;

        WeighedEvidence weighed = weighOne(kind, evidence(party, type));

        assertThat(weighed.weight()).isEqualTo(NONE);
        assertThat(weighed.why()).startsWith("it does not bear on whether");
    }

    @ParameterizedTest(name = "submitted {0} s after the window closed: {1}")
    @CsvSource({"-1, MODERATE", "0, MODERATE", "1, NONE"})
    void countsOnlyEvidenceReceivedByTheCutoff(long secondsAfterCutoff, Weight expected) {
        Evidence scan = submittedAt(evidence(CARRIER, GPS_SCAN, "distanceMeters", 15),
                Fixtures.WINDOW_CLOSES.plusSeconds(secondsAfterCutoff));

        WeighedEvidence weighed = weighOne(ITEM_NOT_RECEIVED, scan);

        assertThat(weighed.weight()).isEqualTo(expected);
    }

    @Test
    void ignoresALateReportOfARemoteRequest() {
        Evidence otp = evidence(CARRIER, OTP_CONFIRMATION, "channel", "IN_PERSON");
        Evidence lateLog = submittedAt(customer(COMMUNICATION_LOG, "otpRequestedRemotely", true),
                Fixtures.WINDOW_CLOSES.plusSeconds(60));

        Weighing weighing = weigher.weigh(ITEM_NOT_RECEIVED, List.of(otp, lateLog), Fixtures.WINDOW_CLOSES);

        assertThat(weighing.items().get(0).weight()).isEqualTo(MODERATE);
        assertThat(weighing.otpDisclosedRemotely()).isFalse();
        assertThat(weighing.items().get(1).why()).contains("after the response window closed");
    }

    @ParameterizedTest
    @EnumSource(EvidenceType.class)
    void placesEveryTypeOnTheSideItArgues(EvidenceType type) {
        ProofSide expected = type.side() == EvidenceType.Side.CUSTOMER_REBUTTAL ? ProofSide.CUSTOMER : ProofSide.SELLER;

        assertThat(ProofSide.of(type)).isEqualTo(expected);
    }

    private WeighedEvidence weighOne(CaseKind kind, Evidence item) {
        return weigher.weigh(kind, List.of(item), Instant.parse("2026-03-09T09:00:00Z")).items().get(0);
    }
}
