package org.disputes.query.cases;

import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Money;
import org.disputes.api.Tender;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case as {@code GET /api/cases/{caseId}} shows it. Built only by {@link CaseViewFold}, from the case's events,
 * so the live view, a rebuilt view and the view as of any past instant are the same function of the history.
 */
public record CaseView(
        String caseId,
        CaseKind kind,
        CaseStatus status,
        String orderId,
        String customerId,
        String sellerId,
        String carrierId,
        String courierId,
        String jurisdiction,
        String deliveryMethod,
        String reason,
        Money amount,
        Money claimedAmount,
        List<Tender> tenders,
        Instant filedAt,
        Instant responseDueBy,
        List<EvidenceView> evidence,
        DecisionView decision,
        List<String> signals,
        RefundView refund,
        EscalationView escalation,
        long version) {

    public CaseView {
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    CaseView withEvidence(EvidenceView item, long newVersion) {
        List<EvidenceView> more = new ArrayList<>(evidence);
        more.add(item);
        return new CaseView(caseId, kind, status, orderId, customerId, sellerId, carrierId, courierId, jurisdiction,
                deliveryMethod, reason, amount, claimedAmount, tenders, filedAt, responseDueBy, more, decision,
                signals, refund, escalation, newVersion);
    }

    CaseView withStatus(CaseStatus newStatus, long newVersion) {
        return new CaseView(caseId, kind, newStatus, orderId, customerId, sellerId, carrierId, courierId,
                jurisdiction, deliveryMethod, reason, amount, claimedAmount, tenders, filedAt, responseDueBy,
                evidence, decision, signals, refund, escalation, newVersion);
    }

    CaseView withVersion(long newVersion) {
        return withStatus(status, newVersion);
    }

    /** The policy's decision on a case, or a person's. */
    public record DecisionView(String outcome, String tier, String recommendation, String policyVersion,
                               List<String> rules, List<String> reasons, String decidedBy, Instant decidedAt) {
    }

    /** What was paid back, over which tenders. */
    public record RefundView(Money total, List<Tender> tenders, Instant issuedAt) {
    }

    /** Where an escalated case waits, and until when. */
    public record EscalationView(String tier, String recommendation, Instant since, Instant dueBy, boolean overdue) {
    }
}
