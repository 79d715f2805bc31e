package org.disputes.api;

/** What the customer says went wrong; it decides who carries the burden of proof (POLICY.md §1). */
public enum CaseKind {
    /** A delivery claim: the seller must prove the customer took physical possession. */
    ITEM_NOT_RECEIVED,
    /** A payment the customer did not authorise: the merchant must prove authentication and authorisation. */
    UNAUTHORIZED_TRANSACTION,
    /** Goods that do not conform: within the presumption period the seller must prove conformity. */
    NOT_AS_DESCRIBED
}
