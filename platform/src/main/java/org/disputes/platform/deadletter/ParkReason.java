package org.disputes.platform.deadletter;

import org.axonframework.serialization.SerializationException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Why an event was parked, as an operator may read it: a sentence by kind of failure, never the exception's own
 * message (which may quote the event, personal data included) nor its class. The log keeps the details.
 */
final class ParkReason extends RuntimeException {

    private ParkReason(String sentence) {
        super(sentence, null, false, false);
    }

    static ParkReason of(Throwable failure) {
        if (hasCause(failure, SerializationException.class)) {
            return new ParkReason("The stored event could not be read.");
        }
        if (hasCause(failure, DataAccessException.class) || hasCause(failure, SQLException.class)) {
            return new ParkReason("The database refused what the handler wrote.");
        }
        return new ParkReason("The handler failed on this event.");
    }

    /**
     * A failure that may pass by itself (the database unreachable, a deadlock, a serialization failure): not a
     * reason to park, as the event would wait for an operator though nothing is wrong with it; the processor
     * retries the batch instead.
     */
    static boolean isTransient(Throwable failure) {
        return hasCause(failure, TransientDataAccessException.class)
                || hasCause(failure, RecoverableDataAccessException.class)
                || hasCause(failure, DataAccessResourceFailureException.class)
                || hasCause(failure, CannotCreateTransactionException.class)
                || hasCause(failure, SQLTransientException.class)
                || hasCause(failure, SQLRecoverableException.class)
                || transientState(failure);
    }

    /**
     * PostgreSQL's classes of passing trouble, as its driver reports them (its exceptions are none of JDBC's
     * transient types): connection exception, transaction rollback (serialization failure, deadlock), insufficient
     * resources, operator intervention (shutdown, cannot connect now), lock not available.
     */
    private static boolean transientState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57P") || state.equals("55P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
