package org.disputes.query.cases;

import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one query instance's projection announces another instance hears, on the real database: committed batches
 * only, however many cases they name, and nothing but case ids from whoever else notifies the channel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
class CaseViewAnnouncementsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSourceProperties database;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anotherInstanceHearsTheCasesOfCommittedBatchesOnly() throws Exception {
        Set<UUID> heard = ConcurrentHashMap.newKeySet();
        CaseViewAnnouncements announcing = new CaseViewAnnouncements(jdbc, database, (UUID ignored) -> { });
        CaseViewAnnouncements otherInstance = new CaseViewAnnouncements(jdbc, database, heard::add);
        otherInstance.start();
        try {
            UUID listening = UUID.randomUUID();
            // the listener has its own connection: announce until it is listening
            assertThat(Poll.until(() -> {
                announcing.announce(List.of(listening));
                return heard.contains(listening);
            }, yes -> yes, Duration.ofSeconds(30))).as("listening").isTrue();

            UUID rolledBack = UUID.randomUUID();
            transactions.executeWithoutResult(tx -> {
                announcing.announce(List.of(rolledBack));
                tx.setRollbackOnly();
            });
            List<UUID> batch = IntStream.range(0, 450).mapToObj(i -> UUID.randomUUID()).toList();
            transactions.executeWithoutResult(tx -> announcing.announce(batch));
            UUID fromSomeoneElse = UUID.randomUUID();
            jdbc.query("select pg_notify(?, ?)", rs -> { }, CaseViewAnnouncements.CHANNEL,
                    "not-a-case," + fromSomeoneElse + ",'; drop table query.case_view; --");

            assertThat(Poll.until(() -> heard.contains(fromSomeoneElse), yes -> yes, Duration.ofSeconds(30)))
                    .as("the last notice heard").isTrue();
            assertThat(heard).as("a batch of 450 cases, announced in notices under PostgreSQL's payload limit")
                    .containsAll(batch);
            // notices arrive in commit order: the rolled-back one would have come before the last two
            assertThat(heard).doesNotContain(rolledBack);
            assertThat(heard).hasSize(1 + batch.size() + 1);
        } finally {
            otherInstance.stop();
        }
        assertThat(otherInstance.isRunning()).isFalse();
    }

    @Test
    void casesAreReadFromANoticeAndAnythingElseIsIgnored() {
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        assertThat(CaseViewAnnouncements.casesIn(one + ",x," + two + ",,")).containsExactly(one, two);
        assertThat(CaseViewAnnouncements.casesIn("")).isEmpty();
    }
}
