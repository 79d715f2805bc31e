package org.disputes.command.cases;

import org.springframework.jdbc.core.simple.JdbcClient;

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
    private final JdbcClient jdbc;

    public CaseLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction holds the case, then holds it until the caller's transaction ends. */
    public void lock(String caseId) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(CASES, caseId).query().listOfRows();
    }
}
