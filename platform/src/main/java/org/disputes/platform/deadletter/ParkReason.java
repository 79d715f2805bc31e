package org.disputes.platform.deadletter;

import org.axonframework.serialization.SerializationException;
import org.springframework.dao.DataAccessException;

import java.sql.SQLException;

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

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
