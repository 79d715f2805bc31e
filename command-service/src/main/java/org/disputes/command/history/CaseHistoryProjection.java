package org.disputes.command.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.disputes.api.CaseId;
import org.disputes.api.CaseKind;
import org.disputes.api.Purchase;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.refund.RefundIssued;
import org.disputes.command.cases.CaseParties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

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
    private final JdbcCaseParties parties;

    CaseHistoryProjection(JdbcClient jdbc, JdbcCaseParties parties) {
        this.jdbc = jdbc;
        this.parties = parties;
    }

    @EventHandler
    void on(DeliveryClaimFiled event) {
        record(event.caseId(), CaseKind.ITEM_NOT_RECEIVED, event.purchase(), event.filedAt());
    }

    @EventHandler
    void on(CustomerDisputeOpened event) {
        record(event.caseId(), event.reason().kind(), event.purchase(), event.filedAt());
    }

    private void record(CaseId caseId, CaseKind kind, Purchase purchase, Instant filedAt) {
        jdbc.sql("""
                        insert into command.case_history
                            (case_id, kind, customer_id, seller_id, carrier_id, courier_id, filed_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(caseId.value(), kind.name(), purchase.customerId(), purchase.sellerId(), purchase.carrierId(),
                        purchase.courierId(), Timestamp.from(filedAt))
                .update();
        parties.filed(caseId, new CaseParties.Parties(purchase.sellerId(), purchase.carrierId()));
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
