package org.disputes.query.cases;

import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Money;
import org.disputes.api.Tender;
import org.disputes.api.adjudication.ReasonDetail;

import java.time.Instant;
import java.util.List;

/**
 * A case as {@code GET /api/cases/{caseId}} shows it. Built only by {@link CaseViewFold}, from the case's events,
 * so the live view, a rebuilt view and the view as of any past instant are the same function of the history.
 * {@code statement} (beyond API.md's fields) is the customer's own account from the filing: personal data, shown to
 * the people deciding the case and never to a seller or a carrier ({@link PartyCaseView} leaves it out); a view stored
 * before it existed reads null until the views are rebuilt.
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
        String statement,
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
        FraudSuspicionView fraudSuspicion,
        List<ScamReportView> scamReports,
        long version) {

    public CaseView {
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        signals = signals == null ? List.of() : List.copyOf(signals);
        scamReports = scamReports == null ? List.of() : List.copyOf(scamReports);
    }

    CaseView withScamReport(ScamReportView report, long newVersion) {
        List<ScamReportView> more = new java.util.ArrayList<>(scamReports);
        more.add(report);
        return new CaseView(caseId, kind, status, orderId, customerId, sellerId, carrierId, courierId, jurisdiction,
                deliveryMethod, reason, statement, amount, claimedAmount, tenders, filedAt, responseDueBy, evidence,
                decision, signals, refund, escalation, fraudSuspicion, more, newVersion);
    }

    CaseView withEvidence(List<EvidenceView> newEvidence, long newVersion) {
        return copy(status, newEvidence, decision, signals, refund, escalation, fraudSuspicion, newVersion);
    }

    CaseView withStatus(CaseStatus newStatus, long newVersion) {
        return copy(newStatus, evidence, decision, signals, refund, escalation, fraudSuspicion, newVersion);
    }

    CaseView withVersion(long newVersion) {
        return withStatus(status, newVersion);
    }

    CaseView withEscalation(EscalationView newEscalation, long newVersion) {
        return copy(status, evidence, decision, signals, refund, newEscalation, fraudSuspicion, newVersion);
    }

    CaseView withFraudSuspicion(FraudSuspicionView suspicion, long newVersion) {
        return copy(status, evidence, decision, signals, refund, escalation, suspicion, newVersion);
    }

    /** What a decision changes: where the case stands, the decision, its signals, its evidence's weights, who waits. */
    CaseView decided(CaseStatus newStatus, DecisionView newDecision, List<String> newSignals,
                     List<EvidenceView> weighed, EscalationView newEscalation, long newVersion) {
        return copy(newStatus, weighed, newDecision, newSignals, refund, newEscalation, fraudSuspicion, newVersion);
    }

    CaseView refunded(RefundView newRefund, long newVersion) {
        // a refunded case waits for nobody
        return copy(CaseStatus.REFUNDED, evidence, decision, signals, newRefund, null, fraudSuspicion, newVersion);
    }

    /** The one place the parts a case's later events change are put back together with what its filing fixed. */
    private CaseView copy(CaseStatus newStatus, List<EvidenceView> newEvidence, DecisionView newDecision,
                          List<String> newSignals, RefundView newRefund, EscalationView newEscalation,
                          FraudSuspicionView newFraudSuspicion, long newVersion) {
        return new CaseView(caseId, kind, newStatus, orderId, customerId, sellerId, carrierId, courierId,
                jurisdiction, deliveryMethod, reason, statement, amount, claimedAmount, tenders, filedAt, responseDueBy,
                newEvidence, newDecision, newSignals, newRefund, newEscalation, newFraudSuspicion, scamReports,
                newVersion);
    }

    /**
     * The policy's decision on a case, or a person's. {@code reasonDetails} are the reasons as data, as recorded with
     * the decision (docs/POLICY.md §9a); empty for a decision recorded before they existed.
     */
    public record DecisionView(String outcome, String tier, String recommendation, String policyVersion,
                               List<String> rules, List<String> reasons, List<ReasonDetail> reasonDetails,
                               String decidedBy, Instant decidedAt) {

        public DecisionView {
            rules = rules == null ? List.of() : List.copyOf(rules);
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            reasonDetails = reasonDetails == null ? List.of() : List.copyOf(reasonDetails);
        }

        /** A decision without its reasons as data. */
        public DecisionView(String outcome, String tier, String recommendation, String policyVersion,
                            List<String> rules, List<String> reasons, String decidedBy, Instant decidedAt) {
            this(outcome, tier, recommendation, policyVersion, rules, reasons, List.of(), decidedBy, decidedAt);
        }
    }

    /** What was paid back, over which tenders. */
    public record RefundView(Money total, List<Tender> tenders, Instant issuedAt) {

        public RefundView {
            tenders = tenders == null ? List.of() : List.copyOf(tenders);
        }
    }

    /**
     * Where an escalated or appealed case waits, until when, and what the policy advises the people deciding it.
     * {@code reasons} (beyond API.md's fields) say why the case waits and what the current advice rests on: the
     * policy's reasons when it escalated, its new reasons when new evidence changed the advice, the customer's
     * reason on an appeal. The decision that sent the case here stays as it was in the view's {@code decision}.
     */
    public record EscalationView(String tier, String recommendation, Instant since, Instant dueBy, boolean overdue,
                                 List<String> reasons) {

        public EscalationView {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        EscalationView advising(String newRecommendation, List<String> newReasons) {
            return new EscalationView(tier, newRecommendation, since, dueBy, overdue, newReasons);
        }

        EscalationView markedOverdue(String newTier, Instant newDueBy) {
            return new EscalationView(newTier, recommendation, since, newDueBy, true, reasons);
        }
    }

    /** An agent's fraud suspicion on the case (beyond API.md's fields), and whether the regulator was told. */
    public record FraudSuspicionView(boolean regulatorNotified, String note, Instant recordedAt) {
    }

    /** A scam report that names the case (beyond API.md's fields: its contact, as normalised, and the brand). */
    public record ScamReportView(String reportId, String contactId, String channel, String contact,
                                 String impersonatedBrand, Instant linkedAt) {
    }
}
