package org.disputes.query.cases;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.EvidenceWeight;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.api.refund.RefundIssued;
import org.disputes.api.scam.ScamReportLinked;
import org.disputes.query.cases.CaseView.DecisionView;
import org.disputes.query.cases.CaseView.EscalationView;
import org.disputes.query.cases.CaseView.FraudSuspicionView;
import org.disputes.query.cases.CaseView.RefundView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The case view as a pure function of a case's history: {@code view = fold(view, event, version)}. The live
 * projection, a rebuild and a replay up to an instant all call this one function. It reads nothing but the event
 * and the version (never a clock), so the same history always folds to the same view.
 */
public final class CaseViewFold {

    private CaseViewFold() {
    }

    /** The view after {@code event}, which brings the case to {@code version}; {@code current} is null before the first event. */
    public static CaseView apply(CaseView current, Object event, long version) {
        if (!(event instanceof CaseEvent)) {
            throw unhandled(event);
        }
        if (event instanceof DeliveryClaimFiled filed) {
            return opened(filed.caseId().toString(), CaseKind.ITEM_NOT_RECEIVED, filed.purchase(),
                    filed.deliveryMethod().name(), null, filed.statement(), filed.claimedAmount(),
                    filed.filedAt(), filed.responseDueBy(), version);
        }
        if (event instanceof CustomerDisputeOpened opened) {
            return opened(opened.caseId().toString(), opened.reason().kind(), opened.purchase(), null,
                    opened.reason().name(), opened.statement(), opened.claimedAmount(), opened.filedAt(),
                    opened.responseDueBy(), version);
        }
        if (current == null) {
            // a history that does not start with a filing has no view to change
            return null;
        }
        if (event instanceof EvidenceSubmitted submitted) {
            List<EvidenceView> more = new ArrayList<>(current.evidence());
            more.add(new EvidenceView(submitted.evidenceId().toString(),
                    submitted.party().name(), submitted.type().name(), submitted.capturedAt(),
                    submitted.submittedAt(), submitted.sha256().hex(), erasedAsText(submitted.uri()),
                    submitted.description(), submitted.attributes().values(), null));
            return current.withEvidence(more, version);
        }
        if (event instanceof CaseDecided decided) {
            return decided(current, decided, version);
        }
        if (event instanceof RecommendationUpdated updated) {
            return recommendationUpdated(current, updated, version);
        }
        if (event instanceof EscalationOverdue overdue) {
            if (current.escalation() == null) {
                return current.withVersion(version);
            }
            return current.withEscalation(current.escalation().markedOverdue(overdue.to().name(), overdue.dueBy()),
                    version);
        }
        if (event instanceof EscalatedCaseDecided decided) {
            return personDecided(current, decided, version);
        }
        if (event instanceof DecisionAppealed appealed) {
            // back to the escalation queue; the denial appealed against stays visible in `decision`
            return current.withStatus(CaseStatus.APPEALED, version).withEscalation(new EscalationView(
                    appealed.tier().name(), null, appealed.appealedAt(), appealed.escalationDueBy(), false,
                    textsOf(appealed.reason())), version);
        }
        if (event instanceof RefundIssued refund) {
            return current.refunded(new RefundView(refund.total(), refund.tenders(), refund.issuedAt()), version);
        }
        if (event instanceof FraudSuspicionRecorded suspicion) {
            return current.withFraudSuspicion(new FraudSuspicionView(suspicion.regulatorNotified(),
                    suspicion.note(), suspicion.recordedAt()), version);
        }
        if (event instanceof ScamReportLinked linked) {
            return current.withScamReport(new CaseView.ScamReportView(linked.reportId().toString(),
                    linked.contactId().toString(), linked.channel().name(), linked.contact(),
                    linked.impersonatedBrand(), linked.linkedAt()), version);
        }
        if (event instanceof CaseClosed) {
            return current.withStatus(CaseStatus.CLOSED, version);
        }
        if (event instanceof ProofRequested) {
            // the view does not show whom proof was asked of: only the version (and the timeline) move
            return current.withVersion(version);
        }
        throw unhandled(event);
    }

    /**
     * A case's event this fold does not know: it fails rather than skip it, so no view silently misses a fact
     * (CaseViewFoldTest folds every member of the sealed {@code CaseEvent}).
     */
    static IllegalArgumentException unhandled(Object event) {
        return new IllegalArgumentException("CaseViewFold does not handle "
                + (event == null ? "null" : event.getClass().getName()));
    }

    /**
     * The policy's decision. An escalation sends the case to people; a refund leaves the status as it is until
     * the refund is actually issued ({@link RefundIssued}); a denial (which the policy does not take today, POLICY.md
     * §5, but the event can say) shows DENIED.
     */
    private static CaseView decided(CaseView current, CaseDecided decided, long version) {
        DecisionView decision = new DecisionView(decided.outcome().name(), nameOf(decided.tier()),
                nameOf(decided.recommendation()), decided.policyVersion(), decided.rules(), decided.reasons(),
                decided.reasonDetails(), decided.decidedBy(), decided.decidedAt());
        CaseStatus status = current.status();
        EscalationView escalation = current.escalation();
        if (decided.outcome() == DecisionOutcome.ESCALATE) {
            status = CaseStatus.ESCALATED;
            escalation = new EscalationView(nameOf(decided.tier()), nameOf(decided.recommendation()),
                    decided.decidedAt(), decided.escalationDueBy(), false, decided.reasons());
        } else if (decided.outcome() == DecisionOutcome.DENY) {
            status = CaseStatus.DENIED;
        }
        return current.decided(status, decision, union(current.signals(), decided.signals()),
                weighed(current.evidence(), decided.weighedEvidence()), escalation, version);
    }

    /**
     * New evidence on a waiting case was weighed again. The decision that escalated the case is history and stays
     * as it was; what changes is the advice to the people deciding it (the escalation's recommendation and reasons)
     * and what each item now counts for.
     */
    private static CaseView recommendationUpdated(CaseView current, RecommendationUpdated updated, long version) {
        EscalationView escalation = current.escalation() == null ? null
                : current.escalation().advising(nameOf(updated.recommendation()), updated.reasons());
        return current.decided(current.status(), current.decision(), current.signals(),
                weighed(current.evidence(), updated.weighedEvidence()), escalation, version);
    }

    /** A person of the escalation team decided: the case no longer waits; a refund shows once it is issued. */
    private static CaseView personDecided(CaseView current, EscalatedCaseDecided decided, long version) {
        String policyVersion = current.decision() == null ? null : current.decision().policyVersion();
        DecisionView decision = new DecisionView(decided.outcome().name(), null, null, policyVersion, List.of(),
                textsOf(decided.justification()), decided.reasonDetails(), decided.decidedBy(), decided.decidedAt());
        CaseStatus status = decided.outcome() == DecisionOutcome.DENY ? CaseStatus.DENIED : current.status();
        return current.decided(status, decision, current.signals(), current.evidence(), null, version);
    }

    /** The evidence with each weighed item's new weight; items the weighing did not name keep theirs. */
    private static List<EvidenceView> weighed(List<EvidenceView> evidence, List<EvidenceWeight> weights) {
        if (weights == null || weights.isEmpty()) {
            return evidence;
        }
        Map<String, String> byId = new HashMap<>();
        for (EvidenceWeight weight : weights) {
            byId.put(weight.evidenceId().toString(), weight.weight());
        }
        List<EvidenceView> result = new ArrayList<>(evidence.size());
        for (EvidenceView item : evidence) {
            String weight = byId.get(item.evidenceId());
            result.add(weight == null ? item : item.weighing(weight));
        }
        return result;
    }

    /** Signals stay raised once raised: the earlier ones first, then the new ones, each once. */
    private static List<String> union(List<String> earlier, List<Signal> raised) {
        LinkedHashSet<String> all = new LinkedHashSet<>(earlier);
        if (raised != null) {
            raised.forEach(signal -> all.add(signal.name()));
        }
        return List.copyOf(all);
    }

    private static List<String> textsOf(String text) {
        return text == null ? List.of() : List.of(text);
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static CaseView opened(String caseId, CaseKind kind, Purchase purchase, String deliveryMethod,
                                   String reason, String statement, Money claimedAmount, Instant filedAt,
                                   Instant responseDueBy, long version) {
        return new CaseView(caseId, kind, CaseStatus.OPEN, purchase.orderId(), purchase.customerId(),
                purchase.sellerId(), purchase.carrierId(), purchase.courierId(), purchase.jurisdiction().code(),
                deliveryMethod, reason, statement, purchase.amount(), claimedAmount, purchase.tenders(), filedAt,
                responseDueBy, List.of(), null, List.of(), null, null, null, List.of(), version);
    }

    /** An erased link to evidence reads "[erased]", as every other erased field. */
    static String erasedAsText(java.net.URI uri) {
        return uri == null ? null : PersonalData.ERASED_URI.equals(uri.toString()) ? PersonalData.ERASED : uri.toString();
    }
}
