package org.disputes.platform.deadletter;

import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What parks an event and what only retries its batch, and what an operator reads of why. */
class ParkReasonTest {

    @Test
    void passingTroubleIsRetriedNotParked() {
        assertThat(ParkReason.isTransient(new CannotAcquireLockException("deadlock"))).isTrue();
        assertThat(ParkReason.isTransient(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        // PostgreSQL's driver, wrapped as Axon and Spring wrap it
        assertThat(ParkReason.isTransient(new IllegalStateException(new SQLException("refused", "08001")))).isTrue();
        assertThat(ParkReason.isTransient(new RuntimeException(new SQLException("serialization", "40001")))).isTrue();
        assertThat(ParkReason.isTransient(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
    }

    @Test
    void aFailureThatComesBackIsParked() {
        assertThat(ParkReason.isTransient(new NullPointerException())).isFalse();
        assertThat(ParkReason.isTransient(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(ParkReason.isTransient(new RuntimeException(new SQLException("bad", "23505")))).isFalse();
    }

    @Test
    void theCauseOperatorsReadQuotesNothingOfTheFailure() {
        String secret = "customer Jane Doe, +33 6 12 34 56 78";
        assertThat(ParkReason.of(new IllegalArgumentException(secret)).getMessage())
                .isEqualTo("The handler failed on this event.");
        assertThat(ParkReason.of(new DataIntegrityViolationException(secret)).getMessage())
                .isEqualTo("The database refused what the handler wrote.");
        assertThat(ParkReason.of(new SerializationException(secret)).getMessage())
                .isEqualTo("The stored event could not be read.");
        assertThat(ParkReason.of(new IllegalStateException(secret)).getStackTrace()).isEmpty();
    }
}
