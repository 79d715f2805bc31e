package org.disputes.command.history;

import org.disputes.api.CaseId;
import org.disputes.command.adjudication.DecisionSupport;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Answers the policy's questions about other cases from the command side's own case history, counting only
 * non-receipt cases (POLICY.md: repeat claimants, courier patterns); disputes are recorded there too.
 */
public class JdbcDecisionSupport implements DecisionSupport {

    private final JdbcClient jdbc;
    private final Duration repeatClaimantPeriod;
    private final Duration courierPatternPeriod;

    public JdbcDecisionSupport(JdbcClient jdbc, Duration repeatClaimantPeriod, Duration courierPatternPeriod) {
        this.jdbc = jdbc;
        this.repeatClaimantPeriod = repeatClaimantPeriod;
        this.courierPatternPeriod = courierPatternPeriod;
    }

    @Override
    public int otherNonReceiptClaims(String customerId, CaseId except, Instant at) {
        return jdbc.sql("""
                        select count(*) from command.case_history
                        where customer_id = ? and kind = 'ITEM_NOT_RECEIVED' and case_id <> ?
                          and filed_at >= ? and filed_at <= ?""")
                .params(customerId, except.value(), Timestamp.from(at.minus(repeatClaimantPeriod)), Timestamp.from(at))
                .query(Integer.class).single();
    }

    @Override
    public int courierPatternCases(String courierId, CaseId except, Instant at) {
        return jdbc.sql("""
                        select count(*) from command.case_history
                        where courier_id = ? and kind = 'ITEM_NOT_RECEIVED' and case_id <> ? and (flagged or refunded)
                          and filed_at >= ? and filed_at <= ?""")
                .params(courierId, except.value(), Timestamp.from(at.minus(courierPatternPeriod)), Timestamp.from(at))
                .query(Integer.class).single();
    }
}
