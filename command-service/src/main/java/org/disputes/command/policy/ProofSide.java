package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceType;

/**
 * Whose case an evidence item argues: the seller's (proof of delivery, of authorisation, of conformity) or the
 * customer's. Decided by the item's type; whether the party may argue that side is EV-2's
 * {@link EvidenceType#mayComeFrom}, the rule the case applies when evidence is submitted.
 */
public enum ProofSide {
    SELLER, CUSTOMER;

    public static ProofSide of(EvidenceType type) {
        return type.side() == EvidenceType.Side.CUSTOMER_REBUTTAL ? CUSTOMER : SELLER;
    }
}
