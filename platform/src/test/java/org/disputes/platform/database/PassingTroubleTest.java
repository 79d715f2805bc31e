package org.disputes.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What is worth trying again as it was (a processor's batch, a client's request), and what would fail again. */
class PassingTroubleTest {

    @Test
    void passingTroubleIsWorthAnotherTry() {
        assertThat(PassingTrouble.isPassing(new CannotAcquireLockException("deadlock"))).isTrue();
        assertThat(PassingTrouble.isPassing(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        // Hikari's pool gave no connection in time, as Spring's transaction manager reports it
        assertThat(PassingTrouble.isPassing(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("Connection is not available")))).isTrue();
        // PostgreSQL's driver, wrapped as Axon and Spring wrap it
        assertThat(PassingTrouble.isPassing(new IllegalStateException(new SQLException("refused", "08001")))).isTrue();
        assertThat(PassingTrouble.isPassing(new RuntimeException(new SQLException("serialization", "40001")))).isTrue();
        assertThat(PassingTrouble.isPassing(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
    }

    @Test
    void aFailureThatWouldComeBackIsNot() {
        assertThat(PassingTrouble.isPassing(new NullPointerException())).isFalse();
        assertThat(PassingTrouble.isPassing(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(PassingTrouble.isPassing(new RuntimeException(new SQLException("bad", "23505")))).isFalse();
        assertThat(PassingTrouble.isPassing(new RuntimeException(new SQLException("no state")))).isFalse();
    }
}
