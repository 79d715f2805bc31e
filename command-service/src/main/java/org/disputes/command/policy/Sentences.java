package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.Money;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How the policy words its reasons: each evidence item named, with what it counted for and why. */
final class Sentences {

    /** Why the machine escalates where the burden rule goes against the customer (INR-4, UT-3, NAD-1, NAD-4). */
    static final String ADVERSE = "An outcome adverse to the customer is never taken by the machine alone"
            + " (GDPR art. 22): a person decides, and the policy recommends denial.";
    /** Why the machine escalates where both sides' evidence reaches its bar (INR-3, UT-4, NAD-5). */
    static final String CONFLICT = "The evidence conflicts: a person weighs it, and the policy makes no recommendation.";
    /** Why the machine escalates a refund it may not make alone (INR-5, NAD-6). */
    static final String ABOVE_AUTHORITY = "The refund is above the machine's automatic authority: a person must"
            + " authorise it, and the policy recommends it.";

    private Sentences() {
    }

    static String refunded(Money claimed) {
        return "The claimed " + claimed + " is refunded over the original tenders, in proportion to what each paid.";
    }

    /** The seller's proof for a kind of case, proved or not, naming every item. */
    static String sellerProof(CaseKind kind, ProofTally tally) {
        boolean proved = tally.reaches(ProofTally.SUFFICIENT);
        String subject = switch (kind) {
            case ITEM_NOT_RECEIVED -> proved ? "The seller has proved delivery" : "The seller has not proved delivery";
            case UNAUTHORIZED_TRANSACTION -> proved ? "The merchant has proved that the customer authorised the payment"
                    : "The merchant has not proved that the customer authorised the payment";
            case NOT_AS_DESCRIBED -> proved ? "The seller has proved that the goods conformed"
                    : "The seller has not proved that the goods conformed";
        };
        if (tally.isEmpty()) {
            return subject + ": " + switch (kind) {
                case ITEM_NOT_RECEIVED -> "no proof of delivery was submitted by the seller or the carrier.";
                case UNAUTHORIZED_TRANSACTION -> "no proof of authentication and authorisation was submitted by the merchant.";
                case NOT_AS_DESCRIBED -> "no proof of conformity was submitted by the seller.";
            };
        }
        String total = proved
                ? points(tally.points()) + ", at least the " + ProofTally.SUFFICIENT + " needed."
                : tally.points() + " of the " + ProofTally.SUFFICIENT + " points needed.";
        return subject + ": " + items(tally) + "; " + total;
    }

    /** The customer's evidence against the bar of {@link ProofTally#MATERIAL} points, naming every item. */
    static String customerEvidence(ProofTally tally) {
        if (tally.isEmpty()) {
            return "The customer submitted no evidence beyond their own statement.";
        }
        String bar = (tally.reaches(ProofTally.MATERIAL) ? ", at least the " : ", fewer than the ")
                + ProofTally.MATERIAL + " needed: ";
        return "The customer's evidence counts " + points(tally.points()) + bar + items(tally) + ".";
    }

    /** The customer's evidence where its bar does not matter to the outcome: named, without a judgement. */
    static String customerEvidenceListed(ProofTally tally) {
        return "The customer's evidence counts " + points(tally.points()) + ": " + items(tally) + ".";
    }

    static String items(ProofTally tally) {
        List<String> phrases = new ArrayList<>();
        for (WeighedEvidence item : tally.items()) {
            phrases.add(item(tally, item));
        }
        return String.join("; ", phrases);
    }

    static String item(ProofTally tally, WeighedEvidence item) {
        if (item.weight() == Weight.NONE) {
            return item.label() + " was disregarded and counted for nothing because " + item.why();
        }
        if (!tally.counts(item)) {
            return item.label() + " counted for nothing because " + tally.countedInsteadOf(item)
                    .map(WeighedEvidence::label).orElse("another " + item.type())
                    + " already counts and only one item of each type does";
        }
        return item.label() + " counted " + points(item.points()) + " because " + item.why();
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
