package org.disputes.platform.database;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

/**
 * A failure that may pass by itself: the database unreachable or busy (no connection free in the pool in time), a
 * deadlock, a serialization failure. What failed on it is worth trying again as it was; a processor retries its
 * batch, and a request is answered 503 with {@code Retry-After}.
 */
public final class PassingTrouble {

    private static final List<Class<? extends Throwable>> PASSING = List.of(TransientDataAccessException.class,
            RecoverableDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, SQLTransientException.class, SQLRecoverableException.class);

    private PassingTrouble() {
    }

    /** Whether the failure, or any of its causes, is passing trouble. */
    public static boolean isPassing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable cause = t;
            if (PASSING.stream().anyMatch(type -> type.isInstance(cause))
                    || cause instanceof SQLException sql && passingState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's classes of passing trouble, as its driver reports them (its exceptions are none of JDBC's
     * transient types): connection exception, transaction rollback (serialization failure, deadlock), insufficient
     * resources, operator intervention (shutdown, cannot connect now), lock not available.
     */
    private static boolean passingState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("55P03"));
    }
}
