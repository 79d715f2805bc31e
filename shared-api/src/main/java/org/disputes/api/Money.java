package org.disputes.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** An amount in one currency. Written as a decimal string ({@code "1229.00"}), never a float. */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, Currency currency) {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String value, String currencyCode) {
        return new Money(new BigDecimal(value), Currency.getInstance(currencyCode));
    }

    /** The currency ISO 4217 knows by {@code code}, three upper-case letters; empty for any other text, or none. */
    public static Optional<Currency> knownCurrency(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** True when the amount uses no finer unit than its currency has (no 1.005 EUR, no 10.5 JPY). */
    @JsonIgnore
    public boolean fitsMinorUnits() {
        return fitsMinorUnits(value, currency);
    }

    public static boolean fitsMinorUnits(BigDecimal amount, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return amount.stripTrailingZeros().scale() <= digits;
    }

    @JsonIgnore
    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    public boolean isGreaterThan(Money other) {
        return value.compareTo(other.value) > 0;
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + currency.getCurrencyCode();
    }
}
