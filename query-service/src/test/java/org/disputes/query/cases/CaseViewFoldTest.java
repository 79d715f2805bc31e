package org.disputes.query.cases;

import org.disputes.api.CaseId;
import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseViewFoldTest {

    static final CaseId CASE = CaseId.of("5e51d5ca-585b-44d9-aa6a-0f4ddbf51956");
    static final Instant FILED = Instant.parse("2026-11-20T09:00:00Z");
    static final Purchase PURCHASE = new Purchase("IT-403-2291", "CUST-77", "SELLER-1", "CARRIER-1", "COURIER-19",
            new Jurisdiction("FR"), Money.of("1229.00", "EUR"),
            List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00")));

    @Test
    void aFiledClaimOpensTheViewAtVersionOne() {
        CaseView view = CaseViewFold.apply(null, filed(), 1);
        assertThat(view.caseId()).isEqualTo(CASE.toString());
        assertThat(view.kind()).isEqualTo(CaseKind.ITEM_NOT_RECEIVED);
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(view.amount()).isEqualTo(Money.of("1229.00", "EUR"));
        assertThat(view.claimedAmount()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(view.tenders()).hasSize(2);
        assertThat(view.deliveryMethod()).isEqualTo("SECURE_OTP");
        assertThat(view.responseDueBy()).isEqualTo(FILED.plusSeconds(259200));
        assertThat(view.evidence()).isEmpty();
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void aDisputeOpensTheViewOfItsKind() {
        CaseView view = CaseViewFold.apply(null, new CustomerDisputeOpened(CASE, PURCHASE, PURCHASE.amount(),
                DisputeReason.UNAUTHORIZED_TRANSACTION, FILED.minusSeconds(60), null, null, FILED,
                FILED.plusSeconds(86400)), 1);
        assertThat(view.kind()).isEqualTo(CaseKind.UNAUTHORIZED_TRANSACTION);
        assertThat(view.reason()).isEqualTo("UNAUTHORIZED_TRANSACTION");
    }

    @Test
    void evidenceIsAppendedInOrderAndRaisesTheVersion() {
        CaseView view = CaseViewFold.apply(null, filed(), 1);
        view = CaseViewFold.apply(view, evidence("11111111-1111-1111-1111-111111111111", EvidenceType.CARRIER_SCAN), 2);
        view = CaseViewFold.apply(view, evidence("22222222-2222-2222-2222-222222222222", EvidenceType.GPS_SCAN), 3);
        assertThat(view.evidence()).extracting(EvidenceView::type).containsExactly("CARRIER_SCAN", "GPS_SCAN");
        assertThat(view.evidence().get(1).attributes()).containsEntry("distanceMeters", 15);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aClosedCaseShowsClosed() {
        CaseView view = CaseViewFold.apply(CaseViewFold.apply(null, filed(), 1),
                new CaseClosed(CASE, "appeal window passed", FILED.plusSeconds(10)), 2);
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void theSameHistoryAlwaysFoldsToTheSameView() {
        CaseView once = CaseViewFold.apply(CaseViewFold.apply(null, filed(), 1),
                evidence("11111111-1111-1111-1111-111111111111", EvidenceType.CARRIER_SCAN), 2);
        CaseView again = CaseViewFold.apply(CaseViewFold.apply(null, filed(), 1),
                evidence("11111111-1111-1111-1111-111111111111", EvidenceType.CARRIER_SCAN), 2);
        assertThat(again).isEqualTo(once);
    }

    @Test
    void timelineSentencesNameWhoDidWhat() {
        assertThat(TimelineSentences.describe(filed())).contains("Customer CUST-77", "order IT-403-2291",
                "1229.00 EUR", "asked for 100.00 EUR", "must prove delivery by");
        assertThat(TimelineSentences.describe(evidence("11111111-1111-1111-1111-111111111111", EvidenceType.GPS_SCAN)))
                .isEqualTo("The carrier submitted gps scan evidence 11111111-1111-1111-1111-111111111111, captured at "
                        + "2026-11-19T18:00:00Z.");
    }

    private static DeliveryClaimFiled filed() {
        return new DeliveryClaimFiled(CASE, PURCHASE, Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP,
                FILED.minusSeconds(86400), "never came", FILED, FILED.plusSeconds(259200));
    }

    private static EvidenceSubmitted evidence(String id, EvidenceType type) {
        return new EvidenceSubmitted(CASE, EvidenceId.of(id), Party.CARRIER, type,
                Instant.parse("2026-11-19T18:00:00Z"), new Sha256("a".repeat(64)), URI.create("https://e.example/1"),
                null, new EvidenceAttributes(Map.of("distanceMeters", 15)), FILED.plusSeconds(30));
    }
}
