package org.disputes.query.audit;

import org.disputes.platform.database.ReadSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics over the cases filed in a range, from the case views and, for what views forget (the rule the policy
 * decided by before a person took over, each SLA breach), from the event store itself.
 */
@Repository
class StatisticsRepository {

    private final JdbcClient jdbc;
    /** Every figure of one answer from one moment: a total its parts add up to. */
    private final TransactionTemplate snapshot;

    StatisticsRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = ReadSnapshot.over(transactions);
    }

    Statistics over(Instant from, Instant to, String jurisdiction) {
        return snapshot.execute(transaction -> read(from, to, jurisdiction));
    }

    private Statistics read(Instant from, Instant to, String jurisdiction) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            where.append(" and v.filed_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and v.filed_at < ?");
            params.add(Timestamp.from(to));
        }
        if (jurisdiction != null) {
            where.append(" and v.jurisdiction = ?");
            params.add(jurisdiction);
        }
        String inRange = "from query.case_view v" + where;

        long cases = jdbc.sql("select count(*) " + inRange).params(params).query(Long.class).single();
        Map<String, Long> byStatus = counts("select v.status, count(*) " + inRange + " group by v.status", params);
        Map<String, Long> byRule = counts("""
                select coalesce(convert_from(e.payload, 'UTF8')::jsonb -> 'rules' ->> 0, 'none'), count(*)
                from command.domain_event_entry e join query.case_view v on v.case_id::text = e.aggregate_identifier
                """ + where + " and e.payload_type = 'org.disputes.api.adjudication.CaseDecided' group by 1", params);
        Double withoutPerson = jdbc.sql("""
                        select avg(case when v.decided_by = 'policy' then 1.0 else 0.0 end)
                        """ + inRange + " and v.status in ('REFUNDED', 'DENIED', 'CLOSED')")
                .params(params).query(Double.class).list().get(0);
        Double medianHours = jdbc.sql("""
                        select percentile_cont(0.5) within group (order by extract(epoch from
                               (v.decided_at - v.filed_at)) / 3600.0)
                        """ + inRange + " and v.decided_at is not null")
                .params(params).query(Double.class).list().get(0);
        long breaches = jdbc.sql("""
                        select count(*) from command.domain_event_entry e
                        join query.case_view v on v.case_id::text = e.aggregate_identifier
                        """ + where + " and e.payload_type = 'org.disputes.api.adjudication.EscalationOverdue'")
                .params(params).query(Long.class).single();
        return new Statistics(cases, byStatus, byRule, withoutPerson == null ? 0.0 : withoutPerson, medianHours,
                breaches);
    }

    private Map<String, Long> counts(String sql, List<Object> params) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
