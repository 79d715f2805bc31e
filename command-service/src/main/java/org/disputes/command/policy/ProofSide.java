package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;

/**
 * Whose case an evidence item argues: the seller's (proof of delivery, of authorisation, of conformity) or the
 * customer's. Decided by the item's type; the party only decides whether the item may count (rule EV-2).
 */
public enum ProofSide {
    SELLER, CUSTOMER;

    public static ProofSide of(EvidenceType type) {
        return type.side() == EvidenceType.Side.CUSTOMER_REBUTTAL ? CUSTOMER : SELLER;
    }

    /**
     * EV-2: the seller and its carrier cannot rebut their own proof, the customer cannot prove the seller's case.
     * An agent or a third party is neutral (it relays or attests), so its item counts for the side of its type.
     */
    public boolean acceptsFrom(Party party) {
        return switch (party) {
            case SELLER, CARRIER -> this == SELLER;
            case CUSTOMER -> this == CUSTOMER;
            case AGENT, THIRD_PARTY -> true;
        };
    }
}
