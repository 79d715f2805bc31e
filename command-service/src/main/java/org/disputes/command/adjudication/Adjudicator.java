package org.disputes.command.adjudication;

import org.disputes.api.CaseId;
import org.disputes.api.CaseKind;
import org.disputes.command.policy.BurdenOfProofPolicy;
import org.disputes.command.policy.CaseFacts;
import org.disputes.command.policy.Decision;
import org.disputes.command.policy.PolicyTerms;

import java.time.Duration;
import java.time.Instant;

/**
 * Hands a case's own facts to the burden-of-proof policy together with what only other cases can tell (the
 * claimant's and the courier's history), and knows how long people have to decide and customers to appeal.
 */
public final class Adjudicator {

    private final BurdenOfProofPolicy policy;
    private final PolicyTerms terms;
    private final DecisionSupport support;
    private final Duration escalationSla;
    private final Duration appealWindow;

    public Adjudicator(BurdenOfProofPolicy policy, PolicyTerms terms, DecisionSupport support,
                       Duration escalationSla, Duration appealWindow) {
        this.policy = policy;
        this.terms = terms;
        this.support = support;
        this.escalationSla = escalationSla;
        this.appealWindow = appealWindow;
    }

    public Decision decide(CaseId caseId, CaseFacts.Builder facts, String customerId, String courierId, CaseKind kind,
                    Instant now) {
        return policy.decide(withHistory(caseId, facts, customerId, courierId, kind, now), terms);
    }

    public Decision reweigh(CaseId caseId, CaseFacts.Builder facts, String customerId, String courierId, CaseKind kind,
                     Instant now) {
        return policy.reweigh(withHistory(caseId, facts, customerId, courierId, kind, now), terms);
    }

    public Instant escalationDueBy(Instant from) {
        return from.plus(escalationSla);
    }

    public Instant appealDueBy(Instant from) {
        return from.plus(appealWindow);
    }

    private CaseFacts withHistory(CaseId caseId, CaseFacts.Builder facts, String customerId, String courierId,
                                  CaseKind kind, Instant now) {
        if (kind == CaseKind.ITEM_NOT_RECEIVED) {
            facts.otherClaimsInRepeatPeriod(support.otherNonReceiptClaims(customerId, caseId, now));
            if (courierId != null) {
                facts.courier(courierId, support.courierPatternCases(courierId, caseId, now));
            }
        }
        return facts.decidedAt(now).build();
    }
}
