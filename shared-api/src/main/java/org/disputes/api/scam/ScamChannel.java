package org.disputes.api.scam;

/** How an impersonator reached the customer. */
public enum ScamChannel {
    PHONE, SMS, EMAIL, WEBSITE
}
