package org.disputes.command.policy;

import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.CaseKind;
import org.disputes.api.Jurisdiction;

import java.util.List;

/**
 * POLICY.md §3: the seller, with its carrier, must prove that the customer or a person the customer named took
 * physical possession. Tried in the order INR-1, INR-5, INR-2, INR-3, INR-4: INR-5 turns INR-2's refund into an
 * escalation, so it must be tried before INR-2 to win (the same cases as "INR-2, then INR-5" in the table).
 */
final class ItemNotReceivedRules {

    static final Rule INR_1 = Rule.of("INR-1", a -> !a.repeatClaimant() ? Finding.nothing() : Finding.of(
            Verdict.escalate(EscalationTier.FRAUD_REVIEW, null, Reason.of(ReasonCode.INR_1_FRAUD_REVIEW)),
            Reason.of(ReasonCode.INR_1_REPEAT_CLAIMANT, "otherClaims", a.facts().otherClaimsInRepeatPeriod(),
                    "threshold", CaseAssessment.REPEAT_CLAIMANT_CASES)));

    static final Rule INR_5 = Rule.of("INR-5", a -> a.sellerProves() || !a.refundAboveAuthority() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, Recommendation.REFUND, Sentences.ABOVE_AUTHORITY),
            a.authorityFinding()));

    static final Rule INR_2 = Rule.of("INR-2", a -> a.sellerProves() ? Finding.nothing() : Finding.of(
            Verdict.refund(Sentences.refunded(ReasonCode.INR_2_REFUND, a.facts().claimed(),
                    "jurisdiction", a.facts().jurisdiction().code(), "basis", basis(a.facts().jurisdiction()))),
            Findings.of(a.sellerFinding(), a.customerFindingIfAny())));

    static final Rule INR_3 = Rule.of("INR-3", a -> !a.sellerProves() || !a.customerWeighs() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, null, Sentences.CONFLICT), a.sellerFinding(), a.customerFinding()));

    static final Rule INR_4 = Rule.of("INR-4", a -> !a.sellerProves() || a.customerWeighs() ? Finding.nothing()
            : Finding.of(Verdict.escalate(EscalationTier.TIER2, Recommendation.DENY, Sentences.ADVERSE),
            a.sellerFinding(), a.customerFinding()));

    static final Rulebook RULEBOOK = new Rulebook(CaseKind.ITEM_NOT_RECEIVED, "INR-0", ReasonCode.INR_0_AWAITING_PROOF,
            List.of(INR_1, INR_5, INR_2, INR_3, INR_4));

    private ItemNotReceivedRules() {
    }

    /** The law that puts the burden on the seller where the case is governed (POLICY.md §1). */
    static String basis(Jurisdiction jurisdiction) {
        return switch (jurisdiction.code()) {
            case "FR" -> "Code civil art. 1353; Cass. com. 2023 n°22-18.859; Directive 2011/83/EU art. 20";
            case "GB" -> "Consumer Rights Act 2015 s.29";
            case "US" -> "Regulation Z, 12 CFR 1026.13(a)(3): non-delivery is a billing error";
            default -> "Directive 2011/83/EU art. 20";
        };
    }
}
