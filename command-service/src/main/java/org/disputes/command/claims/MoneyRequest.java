package org.disputes.command.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.disputes.api.Money;
import org.disputes.command.web.Shapes;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount as the contract writes it: a decimal string and an ISO 4217 currency code. */
public record MoneyRequest(
        @NotBlank(message = Shapes.REQUIRED) @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String value,
        @NotBlank(message = Shapes.REQUIRED) @Pattern(regexp = "[A-Z]{3}", message = CURRENCY_MESSAGE)
        @KnownCurrency(message = CURRENCY_MESSAGE) String currency) {

    /** Up to 15 integer and 6 fraction digits: no sign, no exponent, no grouping. */
    static final String DECIMAL = "\\d{1,15}(\\.\\d{1,6})?";
    static final String DECIMAL_MESSAGE = "must be a decimal string such as \"1229.00\"";
    static final String CURRENCY_MESSAGE = "must be an ISO 4217 currency code such as EUR";

    /** The amount; call on a request of the declared shape only. */
    Money money() {
        return new Money(new BigDecimal(value), Currency.getInstance(currency));
    }
}
