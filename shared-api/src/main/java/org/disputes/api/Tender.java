package org.disputes.api;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.Objects;

/** One means of payment and what the customer paid with it, in the case's currency. */
public record Tender(TenderMethod method, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    public Tender {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
    }

    public static Tender of(TenderMethod method, String amount) {
        return new Tender(method, new BigDecimal(amount));
    }
}
