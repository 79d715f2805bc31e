package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.evidence.EvidenceType;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.disputes.api.evidence.EvidenceType.*;

/**
 * EV-1: which kinds of evidence bear on which question. Proof of delivery answers a non-receipt claim, an SCA record
 * and a device match an unauthorised payment, an inspection report the goods' conformity; defect photos and expert
 * reports are for goods disputes only (POLICY.md §2). The customer's other evidence may bear on any kind.
 */
final class Relevance {

    private static final Set<EvidenceType> CUSTOMER_ANY_KIND =
            EnumSet.of(CCTV_FOOTAGE, POLICE_REPORT, WITNESS_STATEMENT, COMMUNICATION_LOG);

    private static final Map<CaseKind, Set<EvidenceType>> BEARING = Map.of(
            CaseKind.ITEM_NOT_RECEIVED, with(SIGNATURE, DELIVERY_PHOTO, GPS_SCAN, OTP_CONFIRMATION, LOCKER_PICKUP_LOG,
                    CARRIER_SCAN, THIRD_PARTY_HANDOVER),
            CaseKind.UNAUTHORIZED_TRANSACTION, with(SCA_RECORD, DEVICE_MATCH),
            CaseKind.NOT_AS_DESCRIBED, with(INSPECTION_REPORT, DEFECT_PHOTO, EXPERT_REPORT));

    private Relevance() {
    }

    static boolean bears(CaseKind kind, EvidenceType type) {
        return BEARING.get(kind).contains(type);
    }

    /** The question a case of this kind asks, as a clause: "whether the customer received the parcel". */
    static String question(CaseKind kind) {
        return switch (kind) {
            case ITEM_NOT_RECEIVED -> "whether the customer received the parcel";
            case UNAUTHORIZED_TRANSACTION -> "whether the customer authorised the payment";
            case NOT_AS_DESCRIBED -> "whether the goods conformed";
        };
    }

    private static Set<EvidenceType> with(EvidenceType... kindSpecific) {
        Set<EvidenceType> types = EnumSet.copyOf(CUSTOMER_ANY_KIND);
        types.addAll(Set.of(kindSpecific));
        return types;
    }
}
