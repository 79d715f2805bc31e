package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.Money;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reasons the policy gives about each side's evidence, each evidence item named with what it counted for and
 * why, and the few words ({@link #points}, {@link #period}) the English renderings of {@link ReasonCode} share.
 */
final class Sentences {

    /** Why the machine escalates where the burden rule goes against the customer (INR-4, UT-3, NAD-1, NAD-4). */
    static final Reason ADVERSE = Reason.of(ReasonCode.ESCALATION_ADVERSE);
    /** Why the machine escalates where both sides' evidence reaches its bar (INR-3, UT-4, NAD-5). */
    static final Reason CONFLICT = Reason.of(ReasonCode.ESCALATION_CONFLICT);
    /** Why the machine escalates a refund it may not make alone (INR-5, NAD-6). */
    static final Reason ABOVE_AUTHORITY = Reason.of(ReasonCode.ESCALATION_ABOVE_AUTHORITY);

    private Sentences() {
    }

    /** A refund rationale: its code names the rule, {@code claimed} what is refunded over the tenders. */
    static Reason refunded(ReasonCode rationale, Money claimed, Object... more) {
        List<Object> args = new ArrayList<>(List.of(more));
        args.addAll(List.of("claimed", claimed.value().toPlainString(), "currency",
                claimed.currency().getCurrencyCode()));
        return Reason.of(rationale, args.toArray());
    }

    /** The seller's proof for a kind of case, proved or not, naming every item. */
    static Reason sellerProof(CaseKind kind, ProofTally tally) {
        if (tally.isEmpty()) {
            return Reason.of(ReasonCode.SELLER_PROOF_NONE, "kind", kind);
        }
        return Reason.of(tally.reaches(ProofTally.SUFFICIENT) ? ReasonCode.SELLER_PROOF_MET
                        : ReasonCode.SELLER_PROOF_NOT_MET, "kind", kind, "points", tally.points(),
                "needed", ProofTally.SUFFICIENT, "items", itemReasons(tally));
    }

    /** The customer's evidence against the bar of {@link ProofTally#MATERIAL} points, naming every item. */
    static Reason customerEvidence(ProofTally tally) {
        if (tally.isEmpty()) {
            return Reason.of(ReasonCode.CUSTOMER_EVIDENCE_NONE);
        }
        return Reason.of(tally.reaches(ProofTally.MATERIAL) ? ReasonCode.CUSTOMER_EVIDENCE_MATERIAL
                        : ReasonCode.CUSTOMER_EVIDENCE_NOT_MATERIAL, "points", tally.points(),
                "needed", ProofTally.MATERIAL, "items", itemReasons(tally));
    }

    /** The customer's evidence where its bar does not matter to the outcome: named, without a judgement. */
    static Reason customerEvidenceListed(ProofTally tally) {
        return Reason.of(ReasonCode.CUSTOMER_EVIDENCE_LISTED, "points", tally.points(), "items", itemReasons(tally));
    }

    /** Every item of a tally with what it counted for, as the sentences about a side's evidence list them. */
    static String items(ProofTally tally) {
        return itemReasons(tally).stream().map(Reason::english).collect(Collectors.joining("; "));
    }

    static List<Reason> itemReasons(ProofTally tally) {
        return tally.items().stream().map(item -> item(tally, item)).toList();
    }

    static Reason item(ProofTally tally, WeighedEvidence item) {
        if (item.weight() == Weight.NONE) {
            return Reason.of(ReasonCode.EVIDENCE_DISREGARDED, "evidenceId", item.evidenceId(),
                    "evidenceType", item.type(), "because", item.because());
        }
        if (!tally.counts(item)) {
            return Reason.of(ReasonCode.EVIDENCE_SAME_TYPE_COUNTED, "evidenceId", item.evidenceId(),
                    "evidenceType", item.type(),
                    "countedEvidenceId", tally.countedInsteadOf(item).map(WeighedEvidence::evidenceId).orElse(null));
        }
        return Reason.of(ReasonCode.EVIDENCE_COUNTED, "evidenceId", item.evidenceId(), "evidenceType", item.type(),
                "points", item.points(), "because", item.because());
    }

    static String points(int points) {
        return points == 1 ? "1 point" : points + " points";
    }

    /** "2 years", "1 year", "18 months", "1 year and 6 months". */
    static String period(Period period) {
        List<String> parts = new ArrayList<>();
        unit(parts, period.getYears(), "year");
        unit(parts, period.getMonths(), "month");
        unit(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : parts.stream().collect(Collectors.joining(" and "));
    }

    private static void unit(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
