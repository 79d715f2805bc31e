package org.disputes.command.policy;

import org.disputes.api.adjudication.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.api.evidence.EvidenceType.*;
import static org.disputes.command.policy.Fixtures.POLICY;
import static org.disputes.command.policy.Fixtures.TERMS;
import static org.disputes.command.policy.Fixtures.carrier;
import static org.disputes.command.policy.Fixtures.customer;
import static org.disputes.command.policy.Fixtures.deliveryClaim;

/** POLICY.md §3: signals are raised beside any outcome. */
class SignalsTest {

    @Test
    void flagsTheCourierBesideAnEscalationToo() {
        Decision decision = POLICY.decide(deliveryClaim().evidence(carrier(SIGNATURE, "signerIsRecipient", true),
                carrier(OTP_CONFIRMATION, "channel", "SMS")).build(), TERMS);

        assertThat(decision.rules()).containsExactly("INR-4");
        assertThat(decision.signals()).containsExactly(Signal.OTP_REMOTE_DISCLOSURE);
    }

    @Test
    void flagsTheCourierOnTheCustomersReportAlone() {
        Evidence log = customer(COMMUNICATION_LOG, "otpRequestedRemotely", true);

        Decision decision = POLICY.decide(deliveryClaim().evidence(log).build(), TERMS);

        assertThat(decision.signals()).containsExactly(Signal.OTP_REMOTE_DISCLOSURE);
        assertThat(decision.reasons()).contains("Signal OTP_REMOTE_DISCLOSURE: courier COURIER-19 is flagged, because"
                + " the customer's " + log.label() + " reports that the code was requested remotely.");
    }

    @ParameterizedTest(name = "{0} other cases, flagged {1}, proof {2}: pattern {3}")
    @CsvSource({
            "2, false, false, true",   // refunded: 2 + this one
            "2, false, true, false",   // escalated, not flagged: 2
            "2, true, true, true",     // escalated but flagged: 2 + this one
            "3, false, true, true",    // 3 others already
            "1, true, false, false",   // flagged and refunded counts once: 2
            "0, false, false, false"})
    void opensACourierPatternAtThreeFlaggedOrRefundedCases(int others, boolean flagged, boolean proof, boolean pattern) {
        List<Evidence> evidence = new ArrayList<>();
        if (flagged) {
            evidence.add(carrier(OTP_CONFIRMATION, "channel", "PHONE"));
        }
        if (proof) {
            evidence.add(carrier(SIGNATURE, "signerIsRecipient", true));
        }

        Decision decision = POLICY.decide(deliveryClaim().courier("COURIER-19", others).evidence(evidence).build(), TERMS);

        assertThat(decision.signals().contains(Signal.COURIER_PATTERN)).isEqualTo(pattern);
    }

    @Test
    void saysWhichCourierAndHowManyCases() {
        Decision decision = POLICY.decide(deliveryClaim().courier("COURIER-19", 2).build(), TERMS);

        assertThat(decision.reasons()).contains("Signal COURIER_PATTERN: courier COURIER-19 has 3 flagged or refunded"
                + " non-receipt cases in the courier-pattern period, this one included; a fraud referral is opened for"
                + " the courier, once.");
    }

    @Test
    void findsNoPatternWithoutACourier() {
        Decision decision = POLICY.decide(deliveryClaim().courier(null, 5).build(), TERMS);

        assertThat(decision.signals()).isEmpty();
    }
}
