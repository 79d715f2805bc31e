package org.disputes.query.cases;

import org.disputes.query.CommandEventStoreForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyze of the timeline samples 3,000 rows, not the default's 30,000 (V12): a column added without its
 * statistics target would bring the large sample back.
 */
@SpringBootTest
@Import(CommandEventStoreForTests.class)
class TimelineStatisticsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyColumnOfTheTimelineKeepsSmallStatistics() {
        assertThat(jdbc.sql("""
                        select attname || ' ' || attstattarget from pg_attribute
                        where attrelid = cast('query.case_timeline' as regclass) and attnum > 0 and not attisdropped""")
                .query(String.class).list())
                .containsExactlyInAnyOrder("case_id 10", "sequence 10", "at 10", "actor 10", "role 10", "type 10",
                        "summary 10");
    }
}
