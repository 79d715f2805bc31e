package org.disputes.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a refused request must leave unchanged: the events people's requests stored. The policy's own events are
 * left out because they arrive at any moment: the test context is shared, and the deadlines of cases earlier tests
 * filed fire while a later test runs.
 */
final class StoredEvents {

    private StoredEvents() {
    }

    static long byPeople(JdbcClient jdbc) {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' is distinct from 'policy'""")
                .query(Long.class).single();
    }
}
