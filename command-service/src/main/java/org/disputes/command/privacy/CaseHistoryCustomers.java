package org.disputes.command.privacy;

import org.disputes.api.CaseId;
import org.disputes.platform.privacy.DataSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Whose case a case is, from the case history, which records it in the transaction that files the case. */
@Component
class CaseHistoryCustomers implements DataSubjects.CaseCustomers {

    private final JdbcClient jdbc;

    CaseHistoryCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> customerOf(CaseId caseId) {
        return jdbc.sql("select customer_id from command.case_history where case_id = ?")
                .param(caseId.value()).query(String.class).optional();
    }
}
