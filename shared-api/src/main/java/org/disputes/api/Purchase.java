package org.disputes.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The order a case is about: who bought, who sold and carried it, where, and what was paid with which tenders.
 * {@code carrierId} and {@code courierId} may be null for disputes that involve no delivery.
 */
public record Purchase(
        String orderId,
        String customerId,
        String sellerId,
        String carrierId,
        String courierId,
        Jurisdiction jurisdiction,
        Money amount,
        List<Tender> tenders) {

    public Purchase {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(amount, "amount");
        tenders = List.copyOf(tenders);
    }

    /**
     * What makes this purchase one that cannot have happened: an amount of nothing or finer than its currency, no
     * tenders, a tender of nothing or in finer units, tenders that do not add up to the amount. Empty when it is
     * sound; a case is opened only on a sound purchase.
     */
    public List<Flaw> flaws() {
        List<Flaw> flaws = new ArrayList<>();
        if (!amount.isPositive()) {
            flaws.add(new Flaw("amount.value", "must be greater than zero"));
        }
        if (!amount.fitsMinorUnits()) {
            flaws.add(new Flaw("amount.value", "must use at most " + amount.currency().getDefaultFractionDigits()
                    + " decimals for " + amount.currency()));
        }
        if (tenders.isEmpty()) {
            flaws.add(new Flaw("tenders", "must name at least one tender"));
        }
        for (int i = 0; i < tenders.size(); i++) {
            String tender = "tenders[" + i + "]";
            tenders.get(i).flaws(amount.currency()).forEach(f -> flaws.add(f.within(tender)));
        }
        BigDecimal paidInTotal = tenders.stream().map(Tender::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!tenders.isEmpty() && paidInTotal.compareTo(amount.value()) != 0) {
            flaws.add(new Flaw("tenders", "must add up to the amount (" + amount + "), not "
                    + paidInTotal.toPlainString()));
        }
        return flaws;
    }

    /** What makes {@code claimed} not a part of this purchase's amount that a customer could claim back. */
    public List<Flaw> flawsOfClaim(Money claimed) {
        List<Flaw> flaws = new ArrayList<>();
        if (!claimed.sameCurrencyAs(amount)) {
            flaws.add(new Flaw("currency", "must be the currency of the amount (" + amount.currency() + ")"));
        }
        if (!claimed.isPositive()) {
            flaws.add(new Flaw("value", "must be greater than zero"));
        }
        if (claimed.isGreaterThan(amount)) {
            flaws.add(new Flaw("value", "must not exceed the amount (" + amount + ")"));
        }
        if (!claimed.fitsMinorUnits()) {
            flaws.add(new Flaw("value", "must use the minor units of " + claimed.currency()));
        }
        return flaws;
    }
}
