package org.disputes.command.policy;

import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.CaseKind;

import java.util.List;

/**
 * POLICY.md §4: within the presumption period the seller must prove the goods conformed; after it the customer
 * must prove the defect. Tried in the order NAD-5, NAD-1, NAD-6, NAD-2, NAD-3, NAD-4.
 */
final class NotAsDescribedRules {

    static final Rule NAD_5 = Rule.of("NAD-5", a -> !a.sellerProves() || !a.customerWeighs() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, null, Sentences.CONFLICT),
            a.presumption().sentence(), a.sellerFinding(), a.customerFinding()));

    static final Rule NAD_1 = Rule.of("NAD-1", a -> !a.presumption().within() || !a.sellerProves() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, Recommendation.DENY, Sentences.ADVERSE),
            Findings.of(a.presumption().sentence(), a.sellerFinding(), a.customerFindingIfAny())));

    static final Rule NAD_6 = Rule.of("NAD-6", a -> !refundDue(a) || !a.refundAboveAuthority() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, Recommendation.REFUND, Sentences.ABOVE_AUTHORITY),
            a.authorityFinding()));

    static final Rule NAD_2 = Rule.of("NAD-2", a -> !a.presumption().within() || a.sellerProves() ? Finding.nothing()
            : Finding.of(Verdict.refund(Sentences.refunded(ReasonCode.NAD_2_REFUND, a.facts().claimed())),
            Findings.of(a.presumption().sentence(), a.sellerFinding(), a.customerFindingIfAny())));

    static final Rule NAD_3 = Rule.of("NAD-3", a -> a.presumption().within() || !a.customerWeighs() ? Finding.nothing()
            : Finding.of(Verdict.refund(Sentences.refunded(ReasonCode.NAD_3_REFUND, a.facts().claimed())),
            Findings.of(a.presumption().sentence(), a.customerFinding(), a.sellerFindingIfAny())));

    static final Rule NAD_4 = Rule.of("NAD-4", a -> a.presumption().within() || a.customerWeighs() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, Recommendation.DENY, Sentences.ADVERSE),
            Findings.of(a.presumption().sentence(), a.customerFinding(), a.sellerFindingIfAny())));

    static final Rulebook RULEBOOK = new Rulebook(CaseKind.NOT_AS_DESCRIBED, "NAD-0", ReasonCode.NAD_0_AWAITING_PROOF,
            List.of(NAD_5, NAD_1, NAD_6, NAD_2, NAD_3, NAD_4));

    private NotAsDescribedRules() {
    }

    /** NAD-2 or NAD-3 would refund. */
    private static boolean refundDue(CaseAssessment a) {
        return a.presumption().within() ? !a.sellerProves() : a.customerWeighs();
    }
}
