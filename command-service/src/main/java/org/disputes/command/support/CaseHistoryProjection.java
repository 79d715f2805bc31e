package org.disputes.command.support;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.refund.RefundIssued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Keeps the non-receipt history the policy needs (who claimed, which courier, flagged or refunded) in the same
 * transaction as the events themselves: a subscribing processor, so a decision never reads a stale history.
 */
@Component
@ProcessingGroup(CaseHistoryProjection.PROCESSING_GROUP)
class CaseHistoryProjection {

    static final String PROCESSING_GROUP = "case-history";
    static final String OTP_REMOTE_DISCLOSURE = "OTP_REMOTE_DISCLOSURE";
    private final JdbcClient jdbc;

    CaseHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DeliveryClaimFiled event) {
        jdbc.sql("""
                        insert into command.case_history (case_id, customer_id, courier_id, filed_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(event.caseId().value(), event.purchase().customerId(), event.purchase().courierId(),
                        Timestamp.from(event.filedAt()))
                .update();
    }

    @EventHandler
    void on(CaseDecided event) {
        if (event.signals().contains(OTP_REMOTE_DISCLOSURE)) {
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
