package org.disputes.command.history;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.refund.RefundIssued;
import org.disputes.command.adjudication.DecisionSupport;
import org.disputes.command.cases.CaseParties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's case history records claims and disputes alike, with their kind and parties, in the
 * transaction of their first event; the policy's counts still count only non-receipt cases (POLICY.md INR-1 and
 * the courier pattern).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class CaseHistoryTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DecisionSupport decisionSupport;
    @Autowired
    CaseParties caseParties;

    final String customer = "CUST-" + UUID.randomUUID();
    final String courier = "COURIER-" + UUID.randomUUID().toString().substring(0, 8);
    final Instant now = Instant.now();

    @Test
    void recordsDisputesWithTheirKindAndEveryCaseWithItsParties() {
        CaseId claim = claim();
        CaseId dispute = dispute(DisputeReason.NOT_AS_DESCRIBED);

        // written with the event itself: no waiting
        assertThat(recorded(claim)).containsEntry("kind", "ITEM_NOT_RECEIVED")
                .containsEntry("seller_id", "SELLER-7").containsEntry("carrier_id", "CARRIER-7");
        assertThat(recorded(dispute)).containsEntry("kind", "NOT_AS_DESCRIBED")
                .containsEntry("seller_id", "SELLER-7").containsEntry("carrier_id", null);
        // known from the filing itself: the first seller's or carrier's command reads nothing for them
        assertThat(((JdbcCaseParties) caseParties).remembered(dispute))
                .isEqualTo(new CaseParties.Parties("SELLER-7", null));
        assertThat(caseParties.of(claim)).contains(new CaseParties.Parties("SELLER-7", "CARRIER-7"));
        assertThat(caseParties.of(dispute)).contains(new CaseParties.Parties("SELLER-7", null));
    }

    @Test
    void countsOnlyNonReceiptCasesAsRepeatClaims() {
        claim();
        dispute(DisputeReason.UNAUTHORIZED_TRANSACTION);
        dispute(DisputeReason.NOT_AS_DESCRIBED);

        assertThat(decisionSupport.otherNonReceiptClaims(customer, CaseId.random(), now.plusSeconds(1)))
                .isEqualTo(1);
    }

    @Test
    void countsOnlyNonReceiptCasesInACouriersPattern() {
        CaseId claim = claim();
        CaseId dispute = dispute(DisputeReason.NOT_AS_DESCRIBED);
        awaitProofRequested(List.of(claim, dispute));
        refund(claim);
        refund(dispute);

        assertThat(decisionSupport.courierPatternCases(courier, CaseId.random(), now.plusSeconds(1))).isEqualTo(1);
    }

    private CaseId claim() {
        CaseId id = CaseId.random();
        append(id, 0, new DeliveryClaimFiled(id, purchase("CARRIER-7"), Money.of("100.00", "EUR"),
                DeliveryMethod.SECURE_OTP, now.minusSeconds(3600), "Never came.", now, now.plus(Duration.ofDays(3))));
        return id;
    }

    private CaseId dispute(DisputeReason reason) {
        CaseId id = CaseId.random();
        append(id, 0, new CustomerDisputeOpened(id, purchase(null), Money.of("100.00", "EUR"), reason,
                now.minusSeconds(7200), reason == DisputeReason.NOT_AS_DESCRIBED ? now.minusSeconds(3600) : null,
                "Not as described.", now, now.plus(Duration.ofDays(3))));
        return id;
    }

    private void refund(CaseId id) {
        append(id, 2, new RefundIssued(id, Money.of("100.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "100.00")),
                "policy", now));
    }

    private Purchase purchase(String carrierId) {
        return new Purchase("IT-" + UUID.randomUUID(), customer, "SELLER-7", carrierId, courier,
                new Jurisdiction("FR"), Money.of("100.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "100.00")));
    }

    private void append(CaseId id, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", id.toString(), sequence, event));
    }

    /** The adjudication asks for proof (the second event) on its own; appending after it avoids a race. */
    private void awaitProofRequested(List<CaseId> cases) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (cases.stream().anyMatch(id -> events(id) < 2) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        cases.forEach(id -> assertThat(events(id)).as("events of " + id).isEqualTo(2));
    }

    private long events(CaseId id) {
        return jdbc.sql("select count(*) from command.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(Long.class).single();
    }

    private Map<String, Object> recorded(CaseId id) {
        return jdbc.sql("select kind, seller_id, carrier_id from command.case_history where case_id = ?")
                .param(id.value()).query().singleRow();
    }
}
