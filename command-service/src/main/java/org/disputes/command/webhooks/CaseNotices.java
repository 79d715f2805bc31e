package org.disputes.command.webhooks;

import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.refund.RefundIssued;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a receiver is told of a domain event: its webhook type and the {@code data} of the delivery. Only what a
 * system acts on goes out: parties, amounts, outcomes, rules, the refund's split over tenders; never the
 * customer's statement, an evidence description or a justification, which are personal data or free text.
 */
final class CaseNotices {

    /** One event as receivers see it. */
    record Notice(WebhookEventType type, CaseId caseId, Map<String, Object> data) {
    }

    private CaseNotices() {
    }

    /**
     * Each event a receiver may be told of, with the webhook types its notice can have: the types are known from the
     * event's class alone, so an event no subscription wants is skipped unread ({@link #typesOf}).
     */
    private static final Map<Class<?>, Kind<?>> KINDS = Stream.of(
            new Kind<>(DeliveryClaimFiled.class, EnumSet.of(WebhookEventType.CASE_OPENED), e -> notice(
                    WebhookEventType.CASE_OPENED, e.caseId(), opened("ITEM_NOT_RECEIVED", e.purchase(),
                            e.claimedAmount(), e.filedAt(), e.responseDueBy()))),
            new Kind<>(CustomerDisputeOpened.class, EnumSet.of(WebhookEventType.CASE_OPENED), e -> notice(
                    WebhookEventType.CASE_OPENED, e.caseId(), opened(e.reason().kind().name(), e.purchase(),
                            e.claimedAmount(), e.filedAt(), e.responseDueBy()))),
            new Kind<>(ProofRequested.class, EnumSet.of(WebhookEventType.PROOF_REQUESTED), e -> notice(
                    WebhookEventType.PROOF_REQUESTED, e.caseId(), data("from",
                            e.from().stream().map(Enum::name).toList(), "dueBy", e.dueBy(),
                            "requestedAt", e.requestedAt()))),
            new Kind<>(EvidenceSubmitted.class, EnumSet.of(WebhookEventType.EVIDENCE_SUBMITTED), e -> notice(
                    WebhookEventType.EVIDENCE_SUBMITTED, e.caseId(), data("evidenceId", e.evidenceId().toString(),
                            "party", e.party().name(), "type", e.type().name(), "submittedAt", e.submittedAt()))),
            new Kind<>(CaseDecided.class, EnumSet.of(WebhookEventType.CASE_DECIDED, WebhookEventType.CASE_ESCALATED),
                    e -> notice(e.outcome() == DecisionOutcome.ESCALATE ? WebhookEventType.CASE_ESCALATED
                            : WebhookEventType.CASE_DECIDED, e.caseId(), data("outcome", e.outcome().name(),
                            "tier", e.tier() == null ? null : e.tier().name(),
                            "recommendation", e.recommendation() == null ? null : e.recommendation().name(),
                            "rules", e.rules(), "policyVersion", e.policyVersion(), "decidedBy", e.decidedBy(),
                            "decidedAt", e.decidedAt(), "escalationDueBy", e.escalationDueBy()))),
            new Kind<>(EscalatedCaseDecided.class, EnumSet.of(WebhookEventType.CASE_DECIDED), e -> notice(
                    WebhookEventType.CASE_DECIDED, e.caseId(), data("outcome", e.outcome().name(),
                            "decidedBy", e.decidedBy(), "decidedAt", e.decidedAt(), "appealDueBy", e.appealDueBy()))),
            new Kind<>(EscalationOverdue.class, EnumSet.of(WebhookEventType.ESCALATION_OVERDUE), e -> notice(
                    WebhookEventType.ESCALATION_OVERDUE, e.caseId(), data("from", e.from().name(),
                            "to", e.to().name(), "missedDueBy", e.missedDueBy(), "dueBy", e.dueBy()))),
            new Kind<>(RefundIssued.class, EnumSet.of(WebhookEventType.REFUND_ISSUED), e -> notice(
                    WebhookEventType.REFUND_ISSUED, e.caseId(), data("total", money(e.total()),
                            "tenders", tenders(e.tenders(), e.total()), "decidedBy", e.decidedBy(),
                            "issuedAt", e.issuedAt()))),
            new Kind<>(DecisionAppealed.class, EnumSet.of(WebhookEventType.DECISION_APPEALED), e -> notice(
                    WebhookEventType.DECISION_APPEALED, e.caseId(), data("tier", e.tier().name(),
                            "appealedAt", e.appealedAt(), "escalationDueBy", e.escalationDueBy()))),
            new Kind<>(CaseClosed.class, EnumSet.of(WebhookEventType.CASE_CLOSED), e -> notice(
                    WebhookEventType.CASE_CLOSED, e.caseId(), data("closedAt", e.closedAt()))))
            .collect(Collectors.toUnmodifiableMap(Kind::event, Function.identity()));

    /** An event class, the types its notices can have, and how its notice is told. */
    private record Kind<E>(Class<E> event, Set<WebhookEventType> types, Function<E, Notice> notice) {

        Notice of(Object event) {
            Notice told = notice.apply(this.event.cast(event));
            if (!types.contains(told.type())) {
                // a notice of a type not declared here would be skipped unread when only that type is wanted
                throw new IllegalStateException(this.event.getSimpleName() + " told as " + told.type()
                        + ", which its kind does not declare");
            }
            return told;
        }
    }

    /** The types a notice of an event of this class can have, known before the event is read: none if never told. */
    static Set<WebhookEventType> typesOf(Class<?> eventType) {
        Kind<?> kind = KINDS.get(eventType);
        return kind == null ? Set.of() : kind.types();
    }

    static Optional<Notice> of(Object event) {
        Kind<?> kind = KINDS.get(event.getClass());
        return kind == null ? Optional.empty() : Optional.of(kind.of(event));
    }

    private static Map<String, Object> opened(String kind, Purchase purchase, Money claimed, Instant filedAt,
                                              Instant responseDueBy) {
        return data("kind", kind, "orderId", purchase.orderId(), "customerId", purchase.customerId(),
                "sellerId", purchase.sellerId(), "carrierId", purchase.carrierId(),
                "jurisdiction", purchase.jurisdiction().toString(), "amount", money(purchase.amount()),
                "claimedAmount", money(claimed == null ? purchase.amount() : claimed), "filedAt", filedAt,
                "responseDueBy", responseDueBy);
    }

    private static Map<String, Object> money(Money money) {
        return data("value", money.value().toPlainString(), "currency", money.currency().getCurrencyCode());
    }

    private static List<Map<String, Object>> tenders(List<Tender> tenders, Money total) {
        return tenders.stream().map(t -> data("method", t.method().name(), "amount",
                money(new Money(t.amount(), total.currency())))).toList();
    }

    private static Notice notice(WebhookEventType type, CaseId caseId, Map<String, Object> data) {
        return new Notice(type, caseId, data);
    }

    /** Keys and values in the order given; absent values are left out. */
    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                data.put((String) keysAndValues[i], value instanceof Instant ? value.toString() : value);
            }
        }
        return data;
    }
}
