package org.disputes.command.history;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.disputes.api.CaseId;
import org.disputes.command.cases.CaseParties.Parties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** A case's parties are known from its filing on once the filing commits, with nothing read for them. */
class JdbcCasePartiesTest {

    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final EventStorageEngine events = mock(EventStorageEngine.class);
    private final JdbcCaseParties parties = new JdbcCaseParties(jdbc, events);
    private final CaseId caseId = CaseId.random();
    private final Parties filed = new Parties("SELLER-7", "CARRIER-7");

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aFilingThatCommittedNamesItsPartiesWithNothingRead() {
        TransactionSynchronizationManager.initSynchronization();
        parties.filed(caseId, filed);

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(parties.of(caseId)).contains(filed);
        verifyNoInteractions(jdbc, events);
    }

    @Test
    void aFilingThatRolledBackIsNotRemembered() {
        TransactionSynchronizationManager.initSynchronization();
        parties.filed(caseId, filed);

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(parties.remembered(caseId)).isNull();
    }

    @Test
    void aFilingOutsideATransactionIsRememberedAtOnce() {
        parties.filed(caseId, filed);

        assertThat(parties.of(caseId)).contains(filed);
        verifyNoInteractions(jdbc, events);
    }
}
