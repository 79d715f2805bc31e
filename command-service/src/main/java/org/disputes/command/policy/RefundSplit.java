package org.disputes.command.policy;

import org.disputes.api.Money;
import org.disputes.api.Tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A refund of the claimed amount split over the original tenders (POLICY.md §5): each gets a share in proportion to
 * what it paid, rounded down to the currency's minor unit, and the cents left over go to the first tender. Where
 * that would return to a tender more than it paid (a tiny first tender), the rest goes to the next (rule REF-1).
 */
public record RefundSplit(Money total, List<Tender> shares) {

    public RefundSplit {
        Objects.requireNonNull(total, "total");
        shares = List.copyOf(shares);
    }

    public static RefundSplit of(Money claimed, List<Tender> paid) {
        if (paid.isEmpty()) {
            throw new IllegalArgumentException("a refund goes back over the tenders paid: there are none");
        }
        int minorDigits = Math.max(claimed.currency().getDefaultFractionDigits(), 0);
        if (!claimed.fitsMinorUnits() || claimed.value().signum() <= 0) {
            throw new IllegalArgumentException("a refund is a positive amount in the minor units of its currency: " + claimed);
        }
        BigDecimal totalPaid = paid.stream().map(Tender::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = claimed.value().setScale(minorDigits, RoundingMode.UNNECESSARY);
        if (amount.compareTo(totalPaid) > 0) {
            throw new IllegalArgumentException("the claimed " + claimed + " exceeds what was paid: " + totalPaid);
        }
        List<BigDecimal> shares = new ArrayList<>();
        for (Tender tender : paid) {
            shares.add(amount.multiply(tender.amount()).divide(totalPaid, minorDigits, RoundingMode.DOWN));
        }
        BigDecimal left = amount.subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        for (int i = 0; i < shares.size() && left.signum() > 0; i++) {
            BigDecimal room = paid.get(i).amount().subtract(shares.get(i)).max(BigDecimal.ZERO);
            BigDecimal added = left.min(room);
            shares.set(i, shares.get(i).add(added));
            left = left.subtract(added);
        }
        List<Tender> refunds = new ArrayList<>();
        for (int i = 0; i < paid.size(); i++) {
            refunds.add(new Tender(paid.get(i).method(), shares.get(i).setScale(minorDigits, RoundingMode.UNNECESSARY)));
        }
        return new RefundSplit(new Money(amount, claimed.currency()), refunds);
    }
}
