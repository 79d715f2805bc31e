package org.disputes.query.audit;

import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the event store as stored, for the regulator: one case's stream, or all of it in store order. */
@Repository
public class EventArchive {

    static final int FETCH_SIZE = 1000;
    private static final String COLUMNS = """
            e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.timestamp,
            e.payload_type, e.payload_revision, e.payload, e.meta_data, e.previous_hash, e.hash""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public EventArchive(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public List<StoredEvent> eventsOf(String aggregateIdentifier) {
        return jdbc.query("select " + COLUMNS + " from command.domain_event_entry e"
                + " where e.aggregate_identifier = ? order by e.sequence_number", (rs, n) -> read(rs),
                aggregateIdentifier);
    }

    /**
     * Hands every event in store order to {@code sink}, a page at a time through a server-side cursor, so memory
     * stays flat however long the history. Times are the events' own ({@code from} inclusive, {@code to}
     * exclusive); a jurisdiction keeps only the events of cases filed there.
     */
    public void streamAll(Instant from, Instant to, String jurisdiction, Consumer<StoredEvent> sink) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from command.domain_event_entry e");
        List<Object> params = new ArrayList<>();
        if (jurisdiction != null) {
            sql.append(" join query.case_view v on v.case_id::text = e.aggregate_identifier and v.jurisdiction = ?");
            params.add(jurisdiction);
        }
        sql.append(" where true");
        if (from != null) {
            sql.append(" and e.timestamp >= ?");
            params.add(DateTimeUtils.formatInstant(from));
        }
        if (to != null) {
            sql.append(" and e.timestamp < ?");
            params.add(DateTimeUtils.formatInstant(to));
        }
        sql.append(" order by e.global_index");
        transactions.executeWithoutResult(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        }, (RowCallbackHandler) rs -> sink.accept(read(rs))));
    }

    private static StoredEvent read(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10), rs.getBytes(11),
                rs.getBytes(12));
    }

}
