package org.disputes.command.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.fraud.FlagCourier;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

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
    void aNewRecordThatAnotherInstanceCreatedFirstIsARaceRetried() {
        AggregateStreamCreationException lost = new AggregateStreamCreationException("COURIER-19 exists",
                new SQLException("duplicate key", "23505"));
        assertThat(retries.isExplicitlyNonTransient(new CommandExecutionException("failed", lost))).isFalse();
        assertThat(retries.scheduleRetry(GenericCommandMessage.asCommandMessage(new FlagCourier("COURIER-19",
                new CaseId(UUID.randomUUID()), Signal.OTP_REMOTE_DISCLOSURE)), lost, List.of(), () -> { }))
                .isTrue();
    }

    @Test
    void aCaseOpenedUnderAnIdAlreadyTakenIsNotRetried() {
        FileDeliveryClaim taken = new FileDeliveryClaim(new CaseId(UUID.randomUUID()), null, null, null, null, null);
        assertThat(retries.scheduleRetry(GenericCommandMessage.asCommandMessage(taken),
                new AggregateStreamCreationException("the case exists"), List.of(), () -> { })).isFalse();
    }

    @Test
    void anythingElseIsFinal() {
        assertThat(retries.isExplicitlyNonTransient(new IllegalStateException("the case is closed"))).isTrue();
        assertThat(retries.isExplicitlyNonTransient(new RuntimeException(new SQLException("gone")))).isTrue();
    }
}
