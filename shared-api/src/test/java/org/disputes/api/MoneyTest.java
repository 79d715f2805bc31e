package org.disputes.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void aCodeIso4217KnowsIsItsCurrency() {
        assertThat(Money.knownCurrency("EUR")).contains(Currency.getInstance("EUR"));
        assertThat(Money.knownCurrency("JPY")).contains(Currency.getInstance("JPY"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "XXY", "eur", "Eur", "EURO", "EU", "E1R", " EUR", "EUR\n"})
    void anyOtherTextIsNoCurrency(String code) {
        assertThat(Money.knownCurrency(code)).isEmpty();
    }
}
