package org.disputes.query.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.evidence.Party;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.query.MidwayCommit;
import org.disputes.query.cases.CaseViewRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A regulator verifying a busy case is not told its last events were deleted: an event appended and projected
 * between the verification's reads of the case's view and of its history is no gap in the chain.
 */
@SpringBootTest
@Import(CommandEventStoreForTests.class)
class VerifyWhileAppendedTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    EventStore eventStore;
    @Autowired
    CaseViewRepository views;
    @Autowired
    AuditReader reader;
    @Autowired
    CaseReplay replay;
    @Autowired
    StatisticsRepository statistics;

    @Test
    void anEventAppendedMidwayIsNoDeletion() {
        CaseId caseId = CaseId.random();
        Instant t0 = Instant.parse("2030-07-01T08:00:00Z");
        append(caseId, 0, AuditEndpointsTest.filed(caseId, t0, "FR"), t0);
        append(caseId, 1, AuditEndpointsTest.evidence(caseId, t0.plusSeconds(60)), t0.plusSeconds(60));
        awaitVersion(caseId, 2);

        // the saga asks for proof, and the projection shows it, right after the verification's first read
        DataSource appendingMidway = MidwayCommit.afterFirstStatement(dataSource, () -> {
            append(caseId, 2, new ProofRequested(caseId, List.of(Party.SELLER, Party.CARRIER),
                    t0.plus(Duration.ofDays(3)), t0.plusSeconds(61)), t0.plusSeconds(61));
            awaitVersion(caseId, 3);
        });
        AuditController audit = new AuditController(
                new EventArchive(new JdbcTemplate(appendingMidway),
                        new TransactionTemplate(new JdbcTransactionManager(appendingMidway))),
                reader, replay, new CaseViewRepository(JdbcClient.create(appendingMidway),
                new JdbcTemplate(appendingMidway)), statistics);

        Map<String, Object> verdict = audit.verify(caseId.toString());
        assertThat(verdict.get("valid")).as(String.valueOf(verdict.get("detail"))).isEqualTo(true);
        assertThat(verdict.get("events")).isEqualTo(3);
    }

    private void append(CaseId caseId, long sequence, Object payload, Instant at) {
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", caseId.toString(), sequence, payload,
                Map.of("actor", "test", "role", "AGENT"), UUID.randomUUID().toString(), at));
    }

    private void awaitVersion(CaseId caseId, long version) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (views.version(caseId.value()).orElse(0L) < version && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(20_000_000);
        }
        assertThat(views.version(caseId.value())).contains(version);
    }
}
