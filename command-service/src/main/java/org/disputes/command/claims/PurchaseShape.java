package org.disputes.command.claims;

/**
 * The form of a purchase's fields in a request. Which jurisdictions are served and whether the amounts add up
 * are not matters of form: the purchase and the case decide those.
 */
final class PurchaseShape {

    static final String PARTY_ID = "[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}";
    static final String PARTY_ID_MESSAGE =
            "must be 1 to 64 letters, digits or . _ : / # - (starting with a letter or digit)";
    static final String JURISDICTION = "[A-Z]{2}";
    static final String JURISDICTION_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as FR";
    static final int MAX_TENDERS = 20;
    static final String MAX_TENDERS_MESSAGE = "must have at most 20 entries";

    private PurchaseShape() {
    }
}
