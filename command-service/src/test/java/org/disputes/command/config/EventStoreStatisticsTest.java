package org.disputes.command.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyze of the event store samples 3,000 rows (300 for each point of its columns' largest statistics target),
 * not the default's 30,000 (V10): a column added to the store without its target would bring the large sample back.
 */
@SpringBootTest(classes = org.disputes.command.CommandServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class EventStoreStatisticsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyColumnOfTheEventStoreKeepsSmallStatistics() {
        assertThat(jdbc.sql("""
                        select attname || ' ' || attstattarget from pg_attribute
                        where attrelid = cast('command.domain_event_entry' as regclass) and attnum > 0
                              and not attisdropped""")
                .query(String.class).list())
                .containsExactlyInAnyOrder("global_index 10", "event_identifier 10", "aggregate_identifier 10",
                        "sequence_number 10", "type 10", "timestamp 10", "payload_type 10", "payload_revision 10",
                        "payload 10", "meta_data 10", "previous_hash 10", "hash 10");
    }
}
