package org.disputes.command.policy;

import org.disputes.api.Money;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POLICY.md §5: proportional shares rounded down to the minor unit, the remainder to the first tender (REF-1). */
class RefundSplitTest {

    static Stream<Arguments> splits() {
        return Stream.of(
                arguments("part of an order (S7)", "100.00 EUR", "CARD 200.00, GIFT_CARD 100.00", "CARD 66.67, GIFT_CARD 33.33"),
                arguments("the whole order returns each tender (S1)", "1229.00 EUR", "CARD 1000.00, GIFT_CARD 229.00",
                        "CARD 1000.00, GIFT_CARD 229.00"),
                arguments("three equal tenders", "100.00 EUR", "CARD 100.00, GIFT_CARD 100.00, WALLET 100.00",
                        "CARD 33.34, GIFT_CARD 33.33, WALLET 33.33"),
                arguments("three tenders, a cent left", "1.00 EUR", "CARD 1.00, GIFT_CARD 1.00, WALLET 1.00",
                        "CARD 0.34, GIFT_CARD 0.33, WALLET 0.33"),
                arguments("three tenders, two cents left", "0.05 EUR", "CARD 1.00, GIFT_CARD 1.00, WALLET 1.00",
                        "CARD 0.03, GIFT_CARD 0.01, WALLET 0.01"),
                arguments("three unequal tenders", "50.00 USD", "CARD 70.00, GIFT_CARD 20.00, BANK_TRANSFER 10.00",
                        "CARD 35.00, GIFT_CARD 10.00, BANK_TRANSFER 5.00"),
                arguments("uneven remainders", "99.99 GBP", "CARD 33.33, WALLET 66.67, GIFT_CARD 0.01",
                        "CARD 33.33, WALLET 66.66, GIFT_CARD 0.00"),
                arguments("one cent", "0.01 EUR", "CARD 1.00, GIFT_CARD 1.00", "CARD 0.01, GIFT_CARD 0.00"),
                arguments("a single tender", "12.34 EUR", "CARD 50.00", "CARD 12.34"),
                arguments("yen have no minor unit", "1000 JPY", "CARD 2000, GIFT_CARD 1000", "CARD 667, GIFT_CARD 333"),
                arguments("yen over three tenders", "100 JPY", "CARD 1000, GIFT_CARD 1000, WALLET 1000",
                        "CARD 34, GIFT_CARD 33, WALLET 33"),
                arguments("the whole order in yen", "3000 JPY", "CARD 2000, GIFT_CARD 1000", "CARD 2000, GIFT_CARD 1000"),
                arguments("dinars have three decimals", "1.000 KWD", "CARD 2.000, GIFT_CARD 1.000", "CARD 0.667, GIFT_CARD 0.333"),
                arguments("a tiny first tender never gets back more than it paid", "200.00 EUR",
                        "GIFT_CARD 0.01, CARD 100.00, WALLET 100.00", "GIFT_CARD 0.01, CARD 100.00, WALLET 99.99"));
    }

    @ParameterizedTest(name = "{0}: {1} of {2} -> {3}")
    @MethodSource("splits")
    void splitsTheClaimedAmountOverTheTenders(String scenario, String claimed, String paid, String expected) {
        Money amount = money(claimed);

        RefundSplit split = RefundSplit.of(amount, tenders(paid));

        assertThat(split.shares()).containsExactlyElementsOf(tenders(expected));
        assertThat(split.total()).isEqualTo(amount);
        assertThat(split.shares().stream().map(Tender::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount.value());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', value = {
            "300.01 EUR | CARD 200.00, GIFT_CARD 100.00",
            "10.005 EUR | CARD 200.00",
            "10.5 JPY   | CARD 200",
            "0.00 EUR   | CARD 200.00"})
    void refusesAnAmountThatCannotBeRefunded(String claimed, String paid) {
        assertThatThrownBy(() -> RefundSplit.of(money(claimed), tenders(paid))).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void refusesASplitWithoutTenders() {
        assertThatThrownBy(() -> RefundSplit.of(Money.of("1.00", "EUR"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Money money(String text) {
        String[] parts = text.trim().split(" ");
        return Money.of(parts[0], parts[1]);
    }

    private static List<Tender> tenders(String text) {
        List<Tender> tenders = new ArrayList<>();
        for (String tender : text.split(",")) {
            String[] parts = tender.trim().split(" ");
            tenders.add(Tender.of(TenderMethod.valueOf(parts[0]), parts[1]));
        }
        return tenders;
    }
}
