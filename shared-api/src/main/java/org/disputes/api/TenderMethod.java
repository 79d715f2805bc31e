package org.disputes.api;

/** How the customer paid; a refund goes back over the same tenders. */
public enum TenderMethod {
    CARD, GIFT_CARD, BANK_TRANSFER, WALLET
}
