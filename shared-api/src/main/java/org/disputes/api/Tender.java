package org.disputes.api;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** One means of payment and what the customer paid with it, in the case's currency. */
public record Tender(TenderMethod method, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    public Tender {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
    }

    /** What makes this tender impossible in a purchase paid in {@code currency}: nothing paid, or finer units. */
    public List<Flaw> flaws(Currency currency) {
        List<Flaw> flaws = new ArrayList<>();
        if (amount.signum() <= 0) {
            flaws.add(new Flaw("amount", "must be greater than zero"));
        }
        if (!Money.fitsMinorUnits(amount, currency)) {
            flaws.add(new Flaw("amount", "must use the minor units of " + currency));
        }
        return flaws;
    }

    public static Tender of(TenderMethod method, String amount) {
        return new Tender(method, new BigDecimal(amount));
    }
}
