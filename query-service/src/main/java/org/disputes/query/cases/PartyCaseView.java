package org.disputes.query.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Money;
import org.disputes.api.Tender;
import org.disputes.api.adjudication.ReasonDetail;
import org.disputes.query.cases.CaseView.DecisionView;
import org.disputes.query.cases.CaseView.EscalationView;
import org.disputes.query.cases.CaseView.RefundView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A case as a seller or a carrier named by it reads it (API.md, "Party view"): what the case view shows, field for
 * field, less what belongs to others. It is built from a whitelist, so a field the case view gains later stays out
 * until someone decides a party may read it. Left out: the signals and the reasons that state them; the customer's
 * other cases (the repeat-claimant count); an agent's fraud suspicion; the escalation's own reasons (they repeat the
 * policy's, signals included, or are the customer's appeal in their own words); and the {@code uri} and
 * {@code description} of evidence another party submitted.
 */
public record PartyCaseView(
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
        List<PartyEvidence> evidence,
        DecisionView decision,
        RefundView refund,
        PartyEscalation escalation,
        long version) {

    /** Reasons a party does not read: the signals (about the courier) and the count of the customer's other claims. */
    private static final List<String> WITHHELD_CODES = List.of("SIGNAL.", "INR-1.REPEAT_CLAIMANT");
    /** The same reasons' English openings, for decisions recorded before reasons were recorded as data. */
    private static final List<String> WITHHELD_SENTENCES = List.of("Signal ", "The customer has filed ");

    public static PartyCaseView of(CaseView view, CaseParty reader) {
        if (!reader.isNamedBy(view)) {
            throw new IllegalArgumentException("the case does not name the party that reads it");
        }
        return new PartyCaseView(view.caseId(), view.kind(), view.status(), view.orderId(), view.customerId(),
                view.sellerId(), view.carrierId(), view.courierId(), view.jurisdiction(), view.deliveryMethod(),
                view.reason(), view.amount(), view.claimedAmount(), view.tenders(), view.filedAt(),
                view.responseDueBy(), evidence(view.evidence(), reader), decision(view.decision()), view.refund(),
                PartyEscalation.of(view.escalation()), view.version());
    }

    private static List<PartyEvidence> evidence(List<EvidenceView> evidence, CaseParty reader) {
        return evidence.stream().map(item -> PartyEvidence.of(item, reader.submitted(item))).toList();
    }

    /** The decision less the withheld reasons, in words and as data alike. */
    private static DecisionView decision(DecisionView decision) {
        if (decision == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        List<ReasonDetail> details = new ArrayList<>();
        boolean asData = decision.reasonDetails().size() == decision.reasons().size();
        for (int i = 0; i < decision.reasons().size(); i++) {
            String sentence = decision.reasons().get(i);
            boolean withheld = asData
                    ? WITHHELD_CODES.stream().anyMatch(decision.reasonDetails().get(i).code()::startsWith)
                    : WITHHELD_SENTENCES.stream().anyMatch(sentence::startsWith);
            if (!withheld) {
                reasons.add(sentence);
                if (asData) {
                    details.add(decision.reasonDetails().get(i));
                }
            }
        }
        return new DecisionView(decision.outcome(), decision.tier(), decision.recommendation(),
                decision.policyVersion(), decision.rules(), reasons, details, decision.decidedBy(),
                decision.decidedAt());
    }

    /** An evidence item; {@code uri} and {@code description} only on the reader's own (absent from the JSON otherwise). */
    public record PartyEvidence(String evidenceId, String party, String type, Instant capturedAt, Instant submittedAt,
                                String sha256, @JsonInclude(JsonInclude.Include.NON_NULL) String uri,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String description,
                                Map<String, Object> attributes, String weight) {

        static PartyEvidence of(EvidenceView item, boolean own) {
            return new PartyEvidence(item.evidenceId(), item.party(), item.type(), item.capturedAt(),
                    item.submittedAt(), item.sha256(), own ? item.uri() : null, own ? item.description() : null,
                    item.attributes(), item.weight());
        }
    }

    /** Where the case waits and until when, without the reasons the escalation team reads. */
    public record PartyEscalation(String tier, String recommendation, Instant since, Instant dueBy, boolean overdue) {

        static PartyEscalation of(EscalationView escalation) {
            return escalation == null ? null : new PartyEscalation(escalation.tier(), escalation.recommendation(),
                    escalation.since(), escalation.dueBy(), escalation.overdue());
        }
    }
}
