package org.disputes.api.evidence;

/** The kinds of evidence POLICY.md §2 knows, each belonging to the side that would submit it. */
public enum EvidenceType {
    SIGNATURE(Side.DELIVERY_PROOF),
    DELIVERY_PHOTO(Side.DELIVERY_PROOF),
    GPS_SCAN(Side.DELIVERY_PROOF),
    OTP_CONFIRMATION(Side.DELIVERY_PROOF),
    LOCKER_PICKUP_LOG(Side.DELIVERY_PROOF),
    CARRIER_SCAN(Side.DELIVERY_PROOF),
    THIRD_PARTY_HANDOVER(Side.DELIVERY_PROOF),
    CCTV_FOOTAGE(Side.CUSTOMER_REBUTTAL),
    POLICE_REPORT(Side.CUSTOMER_REBUTTAL),
    WITNESS_STATEMENT(Side.CUSTOMER_REBUTTAL),
    COMMUNICATION_LOG(Side.CUSTOMER_REBUTTAL),
    DEFECT_PHOTO(Side.CUSTOMER_REBUTTAL),
    EXPERT_REPORT(Side.CUSTOMER_REBUTTAL),
    SCA_RECORD(Side.MERCHANT_PROOF),
    DEVICE_MATCH(Side.MERCHANT_PROOF),
    INSPECTION_REPORT(Side.MERCHANT_PROOF);

    /** Which side of a case a kind of evidence argues for. */
    public enum Side {
        /** The seller's or carrier's proof that the customer took physical possession. */
        DELIVERY_PROOF,
        /** The merchant's proof of authorisation or of conformity. */
        MERCHANT_PROOF,
        /** The customer's own evidence. */
        CUSTOMER_REBUTTAL
    }

    private final Side side;

    EvidenceType(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    /**
     * Whether this party may plausibly submit this kind of evidence: the customer does not prove delivery, the
     * seller and carrier do not rebut their own proof. Agents and third parties may submit any kind.
     */
    public boolean mayComeFrom(Party party) {
        return switch (party) {
            case CUSTOMER -> side == Side.CUSTOMER_REBUTTAL;
            case SELLER, CARRIER -> side != Side.CUSTOMER_REBUTTAL;
            case AGENT, THIRD_PARTY -> true;
        };
    }
}
