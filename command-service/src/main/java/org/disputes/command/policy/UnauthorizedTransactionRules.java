package org.disputes.command.policy;

import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.CaseKind;

import java.util.List;

/**
 * POLICY.md §4: the merchant must prove the payment was authenticated and authorised (PSD2 art. 72); otherwise the
 * payer is refunded by the end of the next business day (art. 73). Tried in the order UT-2, UT-4, UT-3, UT-1.
 * The auto-refund limit does not apply to UT-1: art. 73 leaves no room for an internal authority to delay it.
 */
final class UnauthorizedTransactionRules {

    static final Rule UT_2 = Rule.of("UT-2", a -> a.notifiedSuspicion().map(suspicion -> Finding.of(
            Verdict.escalate(EscalationTier.FRAUD_REVIEW, null, Reason.of(ReasonCode.UT_2_FRAUD_REVIEW)),
            Reason.of(suspicion.recordedAt().isAfter(a.facts().responseDueBy())
                            ? ReasonCode.UT_2_SUSPICION_NOTIFIED_AFTER_DEADLINE
                            : ReasonCode.UT_2_SUSPICION_NOTIFIED_BEFORE_DEADLINE,
                    "recordedAt", suspicion.recordedAt(), "deadline", a.facts().responseDueBy())))
            .orElse(Finding.nothing()));

    static final Rule UT_4 = Rule.of("UT-4", a -> !a.sellerProves() || !a.customerWeighs() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, null, Sentences.CONFLICT), a.sellerFinding(), a.customerFinding()));

    static final Rule UT_3 = Rule.of("UT-3", a -> !a.sellerProves() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, Recommendation.DENY, Sentences.ADVERSE),
            a.sellerFinding(), a.customerFinding()));

    static final Rule UT_1 = Rule.of("UT-1", a -> a.sellerProves() || a.notifiedSuspicion().isPresent()
            ? Finding.nothing()
            : Finding.of(Verdict.refund(Sentences.refunded(ReasonCode.UT_1_REFUND, a.facts().claimed())),
            Findings.of(a.sellerFinding(), a.unnotifiedSuspicion()
                            .map(s -> Reason.of(ReasonCode.UT_1_SUSPICION_NOT_NOTIFIED, "recordedAt", s.recordedAt()))
                            .orElse(Reason.of(ReasonCode.UT_1_NO_SUSPICION_NOTIFIED,
                                    "deadline", a.facts().responseDueBy())),
                    a.customerFindingIfAny())));

    static final Rulebook RULEBOOK = new Rulebook(CaseKind.UNAUTHORIZED_TRANSACTION, "UT-0",
            ReasonCode.UT_0_AWAITING_PROOF,
            List.of(UT_2, UT_4, UT_3, UT_1));

    private UnauthorizedTransactionRules() {
    }
}
