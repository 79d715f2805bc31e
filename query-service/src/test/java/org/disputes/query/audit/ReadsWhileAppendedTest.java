package org.disputes.query.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.evidence.Party;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.MidwayCommit;
import org.disputes.testsupport.Poll;
import org.disputes.query.cases.CaseFilter;
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
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers read in several statements while the store grows and the projection follows: a write committed between
 * the statements (a {@link MidwayCommit}) makes no regulator see a deletion that did not happen, no statistics whose
 * parts outnumber their total, no page longer than its total.
 */
@SpringBootTest
@Import(CommandEventStoreForTests.class)
class ReadsWhileAppendedTest {

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
                reader, replay, viewsOn(appendingMidway), statistics);

        Map<String, Object> verdict = audit.verify(caseId.toString());
        assertThat(verdict.get("valid")).as(String.valueOf(verdict.get("detail"))).isEqualTo(true);
        assertThat(verdict.get("events")).isEqualTo(3);
    }

    @Test
    void statisticsAddUpWhenACaseIsFiledMidway() {
        Instant t0 = Instant.parse("2033-03-01T08:00:00Z");
        CaseId first = CaseId.random();
        append(first, 0, AuditEndpointsTest.filed(first, t0, "BE"), t0);
        awaitVersion(first, 1);
        CaseId second = CaseId.random();
        DataSource filingMidway = MidwayCommit.afterFirstStatement(dataSource, () -> {
            append(second, 0, AuditEndpointsTest.filed(second, t0.plusSeconds(60), "BE"), t0.plusSeconds(60));
            awaitVersion(second, 1);
        });
        StatisticsRepository midway = new StatisticsRepository(JdbcClient.create(filingMidway),
                new JdbcTransactionManager(filingMidway));
        Instant from = t0.minusSeconds(1);
        Instant to = t0.plus(Duration.ofDays(1));

        Statistics read = midway.over(from, to, "BE");
        assertThat(read.cases()).isEqualTo(1);
        assertThat(read.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(read.cases());
        assertThat(statistics.over(from, to, "BE").cases()).as("the case filed midway, read after").isEqualTo(2);
    }

    @Test
    void aPageIsNoLongerThanItsTotalWhenACaseIsFiledMidway() {
        Instant t0 = Instant.parse("2034-04-01T08:00:00Z");
        String customer = "CUST-" + UUID.randomUUID();
        CaseId first = CaseId.random();
        append(first, 0, AuditEndpointsTest.filed(first, t0, "FR", customer), t0);
        awaitVersion(first, 1);
        CaseId second = CaseId.random();
        DataSource filingMidway = MidwayCommit.afterFirstStatement(dataSource, () -> {
            append(second, 0, AuditEndpointsTest.filed(second, t0.plusSeconds(60), "FR", customer), t0.plusSeconds(60));
            awaitVersion(second, 1);
        });
        CaseFilter theCustomers = new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(customer), Optional.empty());

        CaseViewRepository.Page page = viewsOn(filingMidway).search(theCustomers, 0, 50);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).hasSize(1);
        assertThat(views.search(theCustomers, 0, 50).items()).as("the case filed midway, read after").hasSize(2);
    }

    private static CaseViewRepository viewsOn(DataSource dataSource) {
        return new CaseViewRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource),
                new JdbcTransactionManager(dataSource));
    }

    private void append(CaseId caseId, long sequence, Object payload, Instant at) {
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", caseId.toString(), sequence, payload,
                Map.of("actor", "test", "role", "AGENT"), UUID.randomUUID().toString(), at));
    }

    private void awaitVersion(CaseId caseId, long version) {
        try {
            assertThat(Poll.until(() -> views.version(caseId.value()).orElse(0L), seen -> seen >= version,
                    Duration.ofSeconds(20))).isEqualTo(version);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
