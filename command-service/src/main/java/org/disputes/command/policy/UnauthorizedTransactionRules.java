package org.disputes.command.policy;

import org.disputes.api.CaseKind;

import java.util.List;

/**
 * POLICY.md §4: the merchant must prove the payment was authenticated and authorised (PSD2 art. 72); otherwise the
 * payer is refunded by the end of the next business day (art. 73). Tried in the order UT-2, UT-4, UT-3, UT-1.
 * The auto-refund limit does not apply to UT-1: art. 73 leaves no room for an internal authority to delay it.
 */
final class UnauthorizedTransactionRules {

    static final Rule UT_2 = Rule.of("UT-2", a -> a.notifiedSuspicion().map(suspicion -> Finding.of(
            Verdict.escalate(Tier.FRAUD_REVIEW, null, "PSD2 art. 73(1) lets the refund wait where there are"
                    + " reasonable grounds to suspect fraud and the national authority has been told: the case goes"
                    + " to fraud review."),
            "An agent recorded a fraud suspicion at " + suspicion.recordedAt() + " and notified the regulator, "
                    + (suspicion.recordedAt().isAfter(a.facts().responseDueBy()) ? "after" : "before")
                    + " the refund deadline of " + a.facts().responseDueBy() + "."))
            .orElse(Finding.nothing()));

    static final Rule UT_4 = Rule.of("UT-4", a -> !a.sellerProves() || !a.customerWeighs() ? Finding.nothing()
            : Finding.of(Verdict.escalate(Tier.TIER2, null, Sentences.CONFLICT), a.sellerFinding(), a.customerFinding()));

    static final Rule UT_3 = Rule.of("UT-3", a -> !a.sellerProves() ? Finding.nothing()
            : Finding.of(Verdict.escalate(Tier.TIER2, Recommendation.DENY, Sentences.ADVERSE),
            a.sellerFinding(), a.customerFinding()));

    static final Rule UT_1 = Rule.of("UT-1", a -> a.sellerProves() || a.notifiedSuspicion().isPresent()
            ? Finding.nothing()
            : Finding.of(Verdict.refund("The payer's provider refunds an unauthorised payment by the end of the next"
                            + " business day (PSD2 art. 73). " + Sentences.refunded(a.facts().claimed())),
            Findings.of(a.sellerFinding(), a.unnotifiedSuspicion()
                            .map(s -> "An agent recorded a fraud suspicion at " + s.recordedAt() + " without notifying"
                                    + " the regulator; without that notification PSD2 art. 73(1) still requires the refund.")
                            .orElse("No fraud suspicion was notified to the regulator by the refund deadline of "
                                    + a.facts().responseDueBy() + "."),
                    a.customerFindingIfAny())));

    static final Rulebook RULEBOOK = new Rulebook(CaseKind.UNAUTHORIZED_TRANSACTION, "UT-0",
            "The merchant may prove authorisation, and an agent may notify a fraud suspicion, until the refund"
                    + " deadline at %s; nothing is decided before then.",
            List.of(UT_2, UT_4, UT_3, UT_1));

    private UnauthorizedTransactionRules() {
    }
}
