package org.disputes.command.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.stream.Collectors;

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
        Map<String, Integer> targets = jdbc.sql("""
                        select attname, attstattarget from pg_attribute
                        where attrelid = cast('command.domain_event_entry' as regclass) and attnum > 0
                              and not attisdropped""")
                .query((row, n) -> Map.entry(row.getString(1), row.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(targets).hasSize(12).allSatisfy((column, target) -> assertThat(target).as(column).isEqualTo(10));
    }
}
