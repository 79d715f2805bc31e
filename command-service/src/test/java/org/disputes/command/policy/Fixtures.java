package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared builders: cases, evidence with readable ids (00000001-…), the default terms. */
final class Fixtures {

    static final Instant FILED = Instant.parse("2026-03-06T09:00:00Z");
    static final Instant WINDOW_CLOSES = FILED.plus(Duration.ofDays(3));
    static final Instant SUBMITTED = FILED.plus(Duration.ofHours(1));
    static final PolicyTerms TERMS = PolicyTerms.defaults();
    static final BurdenOfProofPolicy POLICY = new BurdenOfProofPolicy();

    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private Fixtures() {
    }

    static EvidenceId id(int n) {
        return EvidenceId.of("%08x-0000-4000-8000-000000000000".formatted(n));
    }

    /** An item submitted an hour after filing; {@code attributes} as key, value, key, value… */
    static Evidence evidence(Party party, EvidenceType type, Object... attributes) {
        return new Evidence(id(NEXT_ID.incrementAndGet()), party, type, attributes(attributes), SUBMITTED);
    }

    static Evidence carrier(EvidenceType type, Object... attributes) {
        return evidence(Party.CARRIER, type, attributes);
    }

    static Evidence seller(EvidenceType type, Object... attributes) {
        return evidence(Party.SELLER, type, attributes);
    }

    static Evidence customer(EvidenceType type, Object... attributes) {
        return evidence(Party.CUSTOMER, type, attributes);
    }

    static Evidence submittedAt(Evidence item, Instant at) {
        return new Evidence(item.id(), item.party(), item.type(), item.attributes(), at);
    }

    static EvidenceAttributes attributes(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return EvidenceAttributes.of(values);
    }

    /** S1's order: FR, 1229.00 EUR paid CARD 1000.00 + GIFT_CARD 229.00, courier COURIER-19, decided when the window closes. */
    static CaseFacts.Builder deliveryClaim() {
        return CaseFacts.builder(CaseKind.ITEM_NOT_RECEIVED)
                .jurisdiction(Jurisdiction.of("FR"))
                .filedAt(FILED)
                .responseDueBy(WINDOW_CLOSES)
                .claimed(Money.of("1229.00", "EUR"))
                .tenders(List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00")))
                .courier("COURIER-19", 0)
                .decidedAt(WINDOW_CLOSES);
    }

    /** A payment of 250.00 EUR disputed in FR; the refund deadline is the end of the next business day. */
    static CaseFacts.Builder unauthorizedPayment() {
        return CaseFacts.builder(CaseKind.UNAUTHORIZED_TRANSACTION)
                .jurisdiction(Jurisdiction.of("FR"))
                .filedAt(FILED)
                .responseDueBy(WINDOW_CLOSES)
                .claimed(Money.of("250.00", "EUR"))
                .tenders(List.of(Tender.of(TenderMethod.CARD, "250.00")))
                .decidedAt(WINDOW_CLOSES);
    }

    /** Goods of 400.00 EUR delivered at {@code deliveredAt}, disputed at {@code filedAt}, decided when the window closes. */
    static CaseFacts.Builder goodsDispute(String jurisdiction, Instant deliveredAt, Instant filedAt) {
        Instant due = filedAt.plus(Duration.ofDays(3));
        return CaseFacts.builder(CaseKind.NOT_AS_DESCRIBED)
                .jurisdiction(Jurisdiction.of(jurisdiction))
                .deliveredAt(deliveredAt)
                .filedAt(filedAt)
                .responseDueBy(due)
                .claimed(Money.of("400.00", "EUR"))
                .tenders(List.of(Tender.of(TenderMethod.CARD, "400.00")))
                .decidedAt(due);
    }

    static List<Tender> paidWith(String value) {
        return List.of(new Tender(TenderMethod.CARD, new java.math.BigDecimal(value)));
    }
}
