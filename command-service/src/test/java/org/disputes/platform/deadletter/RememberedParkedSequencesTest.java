package org.disputes.platform.deadletter;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.disputes.command.CommandServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an instance remembers of a group's waiting sequences, on the command side's dead-letter table, with a second
 * {@link ParkedGroup} standing in for another instance: read once, read again after a claim of this instance, and a
 * remembered sequence that no longer waits is not believed.
 */
// the web tests' context, shared; named, since this package is the platform's
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RememberedParkedSequencesTest {

    private static final String TABLE = "command.dead_letter_entry";

    @Autowired
    ConnectionProvider connections;
    @Autowired
    TransactionManager transactions;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    TokenStore tokenStore;

    @Test
    void whatWasReadIsUsedUntilAClaimAndARemovedSequenceIsNotBelieved() {
        String group = "remembering-" + UUID.randomUUID();
        ParkedGroup mine = group(group);
        ParkedGroup other = group(group);
        String sequence = UUID.randomUUID().toString();
        try {
            assertThat(mine.batch().waits(sequence)).isFalse();

            other.park(sequence, event(), new IllegalStateException("failed"));
            assertThat(mine.batch().waits(sequence)).as("remembered, not read again").isFalse();
            assertThat(other.batch().waits(sequence)).as("read for the first time").isTrue();

            mine.forget(); // as a claim does
            assertThat(mine.batch().waits(sequence)).isTrue();

            assertThat(other.evict(sequence)).isEqualTo(1);
            ParkedGroup.Batch batch = mine.batch();
            assertThat(batch.waits(sequence)).as("remembered, but confirmed against the table").isFalse();
            assertThat(batch.waits(sequence)).isFalse();
        } finally {
            other.evict(sequence);
        }
    }

    @Test
    void aBatchKnowsWhatItParkedItself() {
        ParkedGroup mine = group("remembering-" + UUID.randomUUID());
        String sequence = UUID.randomUUID().toString();
        try {
            ParkedGroup.Batch batch = mine.batch();
            assertThat(batch.waits(sequence)).isFalse();
            mine.park(sequence, event(), new IllegalStateException("failed"));
            batch.parked(sequence);
            assertThat(batch.waits(sequence)).isTrue();
        } finally {
            mine.evict(sequence);
        }
    }

    @Test
    void aClaimOfThisInstanceMakesItsGroupsReadAgain() {
        assertThat(tokenStore).isInstanceOf(ClaimsForgetParked.class);
        ParkedGroup mine = deadLetters.group("webhooks").orElseThrow();
        ParkedGroup other = group("webhooks");
        String sequence = UUID.randomUUID().toString();
        String processor = "claiming-" + UUID.randomUUID();
        try {
            mine.batch();
            other.park(sequence, event(), new IllegalStateException("failed"));

            transactions.executeInTransaction(() -> {
                tokenStore.initializeTokenSegments(processor, 1);
                tokenStore.fetchToken(processor, 0);
            });

            assertThat(mine.batch().waits(sequence)).isTrue();
        } finally {
            other.evict(sequence);
            jdbc.sql("delete from command.token_entry where processor_name = ?").param(processor).update();
        }
    }

    private ParkedGroup group(String name) {
        return DeadLetterConfiguration.parkedGroup(name, TABLE, connections, transactions, serializer, events, jdbc);
    }

    private static EventMessage<?> event() {
        return GenericEventMessage.asEventMessage("an event that failed");
    }
}
