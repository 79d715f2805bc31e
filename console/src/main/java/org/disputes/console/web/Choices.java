package org.disputes.console.web;

import org.springframework.stereotype.Component;

import java.util.List;

/** The values API.md allows for the forms' choice lists ({@code ${@choices.jurisdictions()}}). */
@Component("choices")
public class Choices {

    public List<String> jurisdictions() {
        return List.of("FR", "DE", "IT", "ES", "GB", "US");
    }

    public List<String> currencies() {
        return List.of("EUR", "USD", "GBP");
    }

    public List<String> deliveryMethods() {
        return List.of("SECURE_OTP", "SIGNATURE", "DOORSTEP", "PICKUP_POINT", "LOCKER");
    }

    public List<String> tenderMethods() {
        return List.of("CARD", "GIFT_CARD", "BANK_TRANSFER", "WALLET");
    }

    public List<String> disputeReasons() {
        return List.of("UNAUTHORIZED_TRANSACTION", "NOT_AS_DESCRIBED");
    }

    public List<String> statuses() {
        return List.of("OPEN", "ESCALATED", "REFUNDED", "DENIED", "APPEALED", "CLOSED");
    }

    public List<String> kinds() {
        return List.of("ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION", "NOT_AS_DESCRIBED");
    }

    /** The statistics page's charts, by the field of {@code /api/stats} each draws. */
    public List<String> charts() {
        return List.of("byStatus", "byRule");
    }
}
