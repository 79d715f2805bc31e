package org.disputes.command.adjudication;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A response window whose decision loses its case to another writer (another instance adding evidence at that very
 * moment) is decided a second later, not 5 minutes later: the deadline's step, command included, rolls back at
 * commit, and the deadline is tried again at once (the real deadline manager, db-scheduler, on PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class DeadlineAfterALostRaceTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aWindowWhoseDecisionLostARaceIsDecidedASecondLater() throws Exception {
        Instant now = Instant.now();
        CaseId caseId = claim(now, now.plusSeconds(4));
        assertThat(Poll.until(() -> events(caseId, "ProofRequested"), n -> n == 1, Duration.ofSeconds(20)))
                .as("the adjudication asked for proof").isEqualTo(1);

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // the other writer takes the case's next sequence number first (the case's last event again) and commits
            // only once the window's decision is waiting for that number
            try (var taken = other.prepareStatement("""
                    insert into command.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                        type, timestamp, payload_type, payload_revision, payload, meta_data)
                    select ?, aggregate_identifier, 2, type, timestamp, payload_type, payload_revision, payload, meta_data
                    from command.domain_event_entry where aggregate_identifier = ? and sequence_number = 1""")) {
                taken.setString(1, UUID.randomUUID().toString());
                taken.setString(2, caseId.toString());
                assertThat(taken.executeUpdate()).isEqualTo(1);
            }
            assertThat(Poll.until(this::decisionsWaiting, n -> n > 0, Duration.ofSeconds(20)))
                    .as("the window's decision waits for the sequence number taken").isPositive();
            other.commit();
        }
        Instant lost = Instant.now();

        assertThat(Poll.until(() -> events(caseId, "CaseDecided"), n -> n == 1, Duration.ofSeconds(20)))
                .as("decided once after losing the race").isEqualTo(1);
        assertThat(Duration.between(lost, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    private CaseId claim(Instant now, Instant dueBy) {
        CaseId id = CaseId.random();
        Purchase purchase = new Purchase("IT-" + UUID.randomUUID(), "CUST-" + UUID.randomUUID(), "SELLER-7",
                "CARRIER-7", null, new Jurisdiction("FR"), Money.of("100.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "100.00")));
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", id.toString(), 0,
                new DeliveryClaimFiled(id, purchase, Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP,
                        now.minusSeconds(3600), "Never came.", now, dueBy)));
        return id;
    }

    private long events(CaseId caseId, String type) {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where aggregate_identifier = ? and payload_type like ?""")
                .params(caseId.toString(), "%." + type).query(Long.class).single();
    }

    /** Sessions whose append of an event waits on a lock: another transaction holds the row they would add. */
    private long decisionsWaiting() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'
                  and query ilike 'insert into command.domain_event_entry%'""").query(Long.class).single();
    }
}
