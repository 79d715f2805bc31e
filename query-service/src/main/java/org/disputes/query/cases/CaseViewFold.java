package org.disputes.query.cases;

import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Purchase;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.evidence.EvidenceSubmitted;

import java.util.List;

/**
 * The case view as a pure function of a case's history: {@code view = fold(view, event, version)}. The live
 * projection, a rebuild and a replay up to an instant all call this one function.
 */
public final class CaseViewFold {

    private CaseViewFold() {
    }

    /** The view after {@code event}, which brings the case to {@code version}; {@code current} is null before the first event. */
    public static CaseView apply(CaseView current, Object event, long version) {
        if (event instanceof DeliveryClaimFiled filed) {
            return opened(filed.caseId().toString(), CaseKind.ITEM_NOT_RECEIVED, filed.purchase(),
                    filed.deliveryMethod().name(), null, filed.claimedAmount(), filed.filedAt(),
                    filed.responseDueBy(), version);
        }
        if (event instanceof CustomerDisputeOpened opened) {
            return opened(opened.caseId().toString(), opened.reason().kind(), opened.purchase(), null,
                    opened.reason().name(), opened.claimedAmount(), opened.filedAt(), opened.responseDueBy(),
                    version);
        }
        if (event instanceof EvidenceSubmitted submitted) {
            return current.withEvidence(new EvidenceView(submitted.evidenceId().toString(),
                    submitted.party().name(), submitted.type().name(), submitted.capturedAt(),
                    submitted.submittedAt(), submitted.sha256().hex(), submitted.uri().toString(),
                    submitted.description(), submitted.attributes().values(), null), version);
        }
        if (event instanceof CaseClosed) {
            return current.withStatus(CaseStatus.CLOSED, version);
        }
        return current == null ? null : current.withVersion(version);
    }

    private static CaseView opened(String caseId, CaseKind kind, Purchase purchase, String deliveryMethod,
                                   String reason, org.disputes.api.Money claimedAmount, java.time.Instant filedAt,
                                   java.time.Instant responseDueBy, long version) {
        return new CaseView(caseId, kind, CaseStatus.OPEN, purchase.orderId(), purchase.customerId(),
                purchase.sellerId(), purchase.carrierId(), purchase.courierId(), purchase.jurisdiction().code(),
                deliveryMethod, reason, purchase.amount(), claimedAmount, purchase.tenders(), filedAt,
                responseDueBy, List.of(), null, List.of(), null, null, version);
    }
}
