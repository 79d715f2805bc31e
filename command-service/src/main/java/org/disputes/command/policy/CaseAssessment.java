package org.disputes.command.policy;

import org.disputes.api.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case as the rules see it: its facts and terms, its evidence weighed and tallied on each side, and the questions
 * the rules ask, each answered once here so that no two rules can answer it differently.
 *
 * @param cutoff evidence and fraud suspicions recorded after this instant do not count (the close of the response
 *               window for a first decision; the moment of weighing again for an escalated or appealed case)
 */
public record CaseAssessment(CaseFacts facts, PolicyTerms terms, Instant cutoff, Weighing weighing,
                             ProofTally sellerProof, ProofTally customerEvidence) {

    /** INR-1: this many other non-receipt claims in the period make a repeat claimant. */
    public static final int REPEAT_CLAIMANT_CASES = 3;

    static CaseAssessment of(CaseFacts facts, PolicyTerms terms, Instant cutoff, EvidenceWeigher weigher) {
        Weighing weighing = weigher.weigh(facts.kind(), facts.evidence(), cutoff);
        return new CaseAssessment(facts, terms, cutoff, weighing,
                ProofTally.of(ProofSide.SELLER, weighing.items()), ProofTally.of(ProofSide.CUSTOMER, weighing.items()));
    }

    public boolean sellerProves() {
        return sellerProof.reaches(ProofTally.SUFFICIENT);
    }

    public boolean customerWeighs() {
        return customerEvidence.reaches(ProofTally.MATERIAL);
    }

    public boolean repeatClaimant() {
        return facts.otherClaimsInRepeatPeriod() >= REPEAT_CLAIMANT_CASES;
    }

    /** A refund above the limit for its currency, or in a currency with no limit, is beyond the machine's authority. */
    public boolean refundAboveAuthority() {
        Money claimed = facts.claimed();
        return terms.autoRefundLimit(claimed.currency()).map(limit -> claimed.value().compareTo(limit) > 0).orElse(true);
    }

    public Reason authorityFinding() {
        Money claimed = facts.claimed();
        Optional<BigDecimal> limit = terms.autoRefundLimit(claimed.currency());
        return limit.map(value -> Reason.of(ReasonCode.AUTHORITY_LIMIT_EXCEEDED, "claimed", claimed.value().toPlainString(),
                        "limit", value.toPlainString(), "currency", claimed.currency().getCurrencyCode()))
                .orElse(Reason.of(ReasonCode.AUTHORITY_NO_LIMIT, "claimed", claimed.value().toPlainString(),
                        "currency", claimed.currency().getCurrencyCode()));
    }

    public Presumption presumption() {
        return Presumption.of(facts, terms);
    }

    /** UT-2: a suspicion the regulator was told of, recorded by the cutoff. */
    public Optional<FraudSuspicion> notifiedSuspicion() {
        return facts.fraudSuspicions().stream()
                .filter(s -> s.regulatorNotified() && !s.recordedAt().isAfter(cutoff)).findFirst();
    }

    public Optional<FraudSuspicion> unnotifiedSuspicion() {
        return facts.fraudSuspicions().stream()
                .filter(s -> !s.regulatorNotified() && !s.recordedAt().isAfter(cutoff)).findFirst();
    }

    public Reason sellerFinding() {
        return Sentences.sellerProof(facts.kind(), sellerProof);
    }

    public Reason customerFinding() {
        return Sentences.customerEvidence(customerEvidence);
    }

    /** The seller's proof, where it does not decide but every item must still be named. */
    public List<Reason> sellerFindingIfAny() {
        return sellerProof.isEmpty() ? List.of() : List.of(sellerFinding());
    }

    /** The customer's evidence, where it does not decide but every item must still be named. */
    public List<Reason> customerFindingIfAny() {
        return customerEvidence.isEmpty() ? List.of() : List.of(Sentences.customerEvidenceListed(customerEvidence));
    }
}
