package org.disputes.api.evidence;

/** Who an evidence item speaks for. */
public enum Party {
    CUSTOMER, SELLER, CARRIER, AGENT, THIRD_PARTY;

    /** The seller and its carrier stand on one side of a case: they carry the burden of proof. */
    public boolean isMerchantSide() {
        return this == SELLER || this == CARRIER;
    }
}
