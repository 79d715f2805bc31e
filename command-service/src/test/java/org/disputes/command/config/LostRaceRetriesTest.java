package org.disputes.command.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class LostRaceRetriesTest {

    private final LostRaceRetries retries = LostRaceRetries.every(20, 10);

    @Test
    void aConflictCausedByTheDatabasesUniqueViolationIsRetried() {
        assertThat(retries.isExplicitlyNonTransient(new ConcurrencyException("sequence 2 taken",
                new SQLException("duplicate key", "23505")))).isFalse();
    }

    @Test
    void aConflictWrappedByTheCommandBusIsRetried() {
        assertThat(retries.isExplicitlyNonTransient(new CommandExecutionException("failed",
                new ConcurrencyException("sequence 2 taken")))).isFalse();
    }

    @Test
    void anythingElseIsFinal() {
        assertThat(retries.isExplicitlyNonTransient(new IllegalStateException("the case is closed"))).isTrue();
        assertThat(retries.isExplicitlyNonTransient(new RuntimeException(new SQLException("gone")))).isTrue();
    }
}
