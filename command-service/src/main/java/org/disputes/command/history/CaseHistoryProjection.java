package org.disputes.command.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.disputes.api.CaseKind;
import org.disputes.api.Purchase;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.refund.RefundIssued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the case history the command side reads in the same transaction as the events themselves: for the
 * policy, what kind of case, who claimed, which courier, flagged or refunded; for the access rules, which seller
 * and carrier a case is against. A subscribing processor, so neither ever reads a stale history.
 */
@Component
@ProcessingGroup(CaseHistoryProjection.PROCESSING_GROUP)
class CaseHistoryProjection {

    static final String PROCESSING_GROUP = "case-history";
    private final JdbcClient jdbc;

    CaseHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DeliveryClaimFiled event) {
        record(event.caseId().value(), CaseKind.ITEM_NOT_RECEIVED, event.purchase(), event.filedAt());
    }

    @EventHandler
    void on(CustomerDisputeOpened event) {
        record(event.caseId().value(), event.reason().kind(), event.purchase(), event.filedAt());
    }

    private void record(UUID caseId, CaseKind kind, Purchase purchase, Instant filedAt) {
        jdbc.sql("""
                        insert into command.case_history
                            (case_id, kind, customer_id, seller_id, carrier_id, courier_id, filed_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(caseId, kind.name(), purchase.customerId(), purchase.sellerId(), purchase.carrierId(),
                        purchase.courierId(), Timestamp.from(filedAt))
                .update();
    }

    @EventHandler
    void on(CaseDecided event) {
        if (event.signals().stream().anyMatch(Signal::flagsTheCourier)) {
            jdbc.sql("update command.case_history set flagged = true where case_id = ?")
                    .param(event.caseId().value()).update();
        }
    }

    @EventHandler
    void on(RefundIssued event) {
        jdbc.sql("update command.case_history set refunded = true where case_id = ?")
                .param(event.caseId().value()).update();
    }
}
