package org.disputes.command.policy;

import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.CaseKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The signals of POLICY.md §3, raised beside any outcome of a non-receipt case. COURIER_PATTERN counts this case
 * too when it is flagged or refunded; that a referral is opened once per courier, not once per case, is the job of
 * whoever acts on the signal.
 */
final class SignalDetector {

    /** This many flagged or refunded non-receipt cases of one courier in the period make a pattern. */
    static final int COURIER_PATTERN_CASES = 3;

    private SignalDetector() {
    }

    static Raised detect(CaseAssessment assessment, DecisionOutcome outcome) {
        CaseFacts facts = assessment.facts();
        if (facts.kind() != CaseKind.ITEM_NOT_RECEIVED) {
            return new Raised(List.of(), List.of());
        }
        List<Signal> signals = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        boolean flagged = assessment.weighing().otpDisclosedRemotely();
        if (flagged) {
            signals.add(Signal.OTP_REMOTE_DISCLOSURE);
            reasons.add(Reason.of(ReasonCode.SIGNAL_OTP_REMOTE_DISCLOSURE, "courierId", facts.courierId(),
                    "disclosures", assessment.weighing().otpDisclosures()));
        }
        boolean thisCaseCounts = flagged || outcome == DecisionOutcome.REFUND;
        int cases = facts.courierCasesInPatternPeriod() + (thisCaseCounts ? 1 : 0);
        if (facts.courierId() != null && cases >= COURIER_PATTERN_CASES) {
            signals.add(Signal.COURIER_PATTERN);
            reasons.add(Reason.of(ReasonCode.SIGNAL_COURIER_PATTERN, "courierId", facts.courierId(), "cases", cases,
                    "thisCaseIncluded", thisCaseCounts));
        }
        return new Raised(signals, reasons);
    }

    record Raised(List<Signal> signals, List<Reason> reasons) {
    }
}
