package org.disputes.api.claim;

import org.disputes.api.CaseKind;

/** Why a customer disputes a payment or a delivered order. */
public enum DisputeReason {
    UNAUTHORIZED_TRANSACTION(CaseKind.UNAUTHORIZED_TRANSACTION),
    NOT_AS_DESCRIBED(CaseKind.NOT_AS_DESCRIBED);

    private final CaseKind kind;

    DisputeReason(CaseKind kind) {
        this.kind = kind;
    }

    public CaseKind kind() {
        return kind;
    }
}
