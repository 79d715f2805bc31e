package org.disputes.command.cases;

import org.disputes.platform.axon.EventStoreTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;

/**
 * One case changed by one instance at a time: a PostgreSQL advisory lock on the case, taken before the case is read
 * for a command and held until that command's transaction ends. Within an instance Axon's own lock queues a case's
 * commands; across instances they raced, and the loser's append failed on the store's unique sequence, rolled back
 * (a saga's whole batch with it) and was retried. Each such rollback also left a permanent hole in the store's
 * global index, which every event reader of every instance then probed again at each poll until Axon's gap timeout
 * dropped it. Waiting for the lock instead, the second command reads the case as the first left it.
 */
public class CaseLocks {

    /** The advisory locks' first key, naming the case locks apart from any other use of advisory locks. */
    static final int CASES = 0x43415345; // "CASE"
    private static final String LOCK = "select pg_advisory_xact_lock(?, hashtext(?))";
    /**
     * The lock, then the case's last sequence number, sent together: one round trip, where the lock and Axon's
     * {@code lastSequenceNumberFor} would take two. PostgreSQL runs the second statement only once the first has the
     * lock, and in READ COMMITTED takes its snapshot then, so it sees all that the lock's previous holder committed.
     */
    private static final String LOCK_AND_LAST_SEQUENCE = LOCK + "; select max(sequence_number) from "
            + EventStoreTables.EVENTS + " where aggregate_identifier = ?";

    private final JdbcTemplate jdbc;

    public CaseLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction holds the case, then holds it until the caller's transaction ends. */
    public void lock(String caseId) {
        jdbc.queryForList(LOCK, CASES, caseId);
    }

    /**
     * {@link #lock Locks} the case, then answers the sequence number of its last event in the store as it stands
     * once held: empty when the store has no event of it.
     */
    public OptionalLong lockAndReadLastSequence(String caseId) {
        return jdbc.execute(LOCK_AND_LAST_SEQUENCE, (PreparedStatement statement) -> {
            statement.setInt(1, CASES);
            statement.setString(2, caseId);
            statement.setString(3, caseId);
            statement.execute();
            if (!statement.getMoreResults()) {
                throw new IllegalStateException("no last sequence number after the case's lock");
            }
            try (ResultSet last = statement.getResultSet()) {
                last.next();
                long sequence = last.getLong(1);
                return last.wasNull() ? OptionalLong.empty() : OptionalLong.of(sequence);
            }
        });
    }
}
