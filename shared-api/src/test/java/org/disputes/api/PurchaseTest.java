package org.disputes.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A purchase names what makes it impossible, by its own property paths; a sound one names nothing. */
class PurchaseTest {

    private static Purchase paid(String amount, String currency, Tender... tenders) {
        return new Purchase("IT-1", "CUST-77", "SELLER-1", null, null, Jurisdiction.of("FR"),
                Money.of(amount, currency), List.of(tenders));
    }

    private static Tender card(String amount) {
        return Tender.of(TenderMethod.CARD, amount);
    }

    @Test
    void aSoundPurchaseHasNoFlaws() {
        assertThat(paid("300.00", "EUR", card("200.00"), Tender.of(TenderMethod.GIFT_CARD, "100.00")).flaws())
                .isEmpty();
    }

    @Test
    void namesEveryFlawAtOnce() {
        assertThat(paid("10.001", "EUR", card("5.00"), card("-1.00")).flaws()).containsExactlyInAnyOrder(
                new Flaw("amount.value", "must use at most 2 decimals for EUR"),
                new Flaw("tenders[1].amount", "must be greater than zero"),
                new Flaw("tenders", "must add up to the amount (10.001 EUR), not 4.00"));
    }

    @Test
    void needsATenderOfSomething() {
        assertThat(paid("0.00", "EUR").flaws()).containsExactlyInAnyOrder(
                new Flaw("amount.value", "must be greater than zero"),
                new Flaw("tenders", "must name at least one tender"));
    }

    @Test
    void tendersUseTheMinorUnitsOfThePurchase() {
        assertThat(paid("10", "JPY", card("9.5"), card("0.5")).flaws()).containsExactlyInAnyOrder(
                new Flaw("tenders[0].amount", "must use the minor units of JPY"),
                new Flaw("tenders[1].amount", "must use the minor units of JPY"));
    }

    @Test
    void aClaimIsAPartOfTheAmountInItsCurrency() {
        Purchase purchase = paid("300.00", "EUR", card("300.00"));

        assertThat(purchase.flawsOfClaim(Money.of("120.00", "EUR"))).isEmpty();
        assertThat(purchase.flawsOfClaim(Money.of("300.01", "EUR")))
                .containsExactly(new Flaw("value", "must not exceed the amount (300.00 EUR)"));
        assertThat(purchase.flawsOfClaim(Money.of("10.00", "USD")).stream().map(f -> f.within("claimedAmount")))
                .containsExactly(new Flaw("claimedAmount.currency", "must be the currency of the amount (EUR)"));
    }
}
