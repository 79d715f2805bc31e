package org.disputes.query.scam;

import org.disputes.api.scam.ScamContactStatus;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.MidwayCommit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact's page is read in one snapshot: the projection confirming the contact between the page's first read and
 * its next ones (a status row, then the history) shows on neither, never in the history alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
class ScamContactSnapshotTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aConfirmationCommittedMidwayShowsInNeitherTheStatusNorTheHistory() {
        UUID contact = UUID.randomUUID();
        JdbcClient committed = JdbcClient.create(dataSource);
        committed.sql("""
                insert into query.scam_contact (contact_id, channel, contact, status, first_reported_at,
                    last_reported_at, updated_at, last_sequence)
                values (?, 'PHONE', ?, 'REPORTED', now(), now(), now(), 0)""")
                .params(contact, "+3319" + contact.toString().substring(0, 7)).update();
        committed.sql("""
                insert into query.scam_report (report_id, contact_id, customer_id, impersonated_brand, reported_at)
                values (?, ?, 'CUST-SNAPSHOT', 'Parcel Express', now())""").params(UUID.randomUUID(), contact).update();
        ScamContactRepository projection = new ScamContactRepository(committed, new JdbcTransactionManager(dataSource));
        projection.recordHistory(contact.toString(), 0, Instant.now(), "agent", "AGENT",
                "ScamContactReported", "A customer reported it.");

        // the projection confirms the contact right after the page's first statement has run
        DataSource confirmingMidway = MidwayCommit.afterFirstStatement(dataSource, () -> {
            projection.changeStatus(contact.toString(), ScamContactStatus.CONFIRMED, Instant.now(), 1);
            projection.recordHistory(contact.toString(), 1, Instant.now(), "lead", "ESCALATION",
                    "ScamContactConfirmed", "Confirmed as a scam.");
        });
        ScamContactRepository page = new ScamContactRepository(JdbcClient.create(confirmingMidway),
                new JdbcTransactionManager(confirmingMidway));

        ScamContactViews.Detail read = page.detail(contact).orElseThrow();
        assertThat(read.status()).isEqualTo("REPORTED");
        assertThat(read.history()).extracting(ScamContactViews.HistoryEntry::type)
                .containsExactly("ScamContactReported");

        ScamContactViews.Detail after = page.detail(contact).orElseThrow();
        assertThat(after.status()).isEqualTo("CONFIRMED");
        assertThat(after.history()).hasSize(2);
    }
}
