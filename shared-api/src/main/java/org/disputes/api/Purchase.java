package org.disputes.api;

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
}
