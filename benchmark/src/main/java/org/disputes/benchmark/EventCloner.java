package org.disputes.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Fills the event store by cloning the template cases' stored events under new case ids, in SQL. The case id is
 * replaced inside payload and metadata too; the hash-chain trigger runs as for any write, so each clone's events go
 * in in sequence order. {@code interleave} clones at a time have their events interleaved (all first events, then
 * all second events, ...), as cases progressing side by side would be.
 */
final class EventCloner {

    private static final int CLONES_PER_STATEMENT = 4000;
    private final Connection db;

    EventCloner(Connection db) {
        this.db = db;
    }

    /** Clones the templates {@code rounds} times; returns how many events were written. */
    long cloneTemplates(List<String> templates, int rounds, int interleave) throws SQLException {
        try (var create = db.createStatement()) {
            // which clone copies which template: for the sanity check afterwards
            create.execute("create table public.benchmark_clone (round int not null, template text not null, "
                    + "clone text primary key)");
        }
        long written = 0;
        for (int from = 0; from < rounds; from += CLONES_PER_STATEMENT) {
            int to = Math.min(rounds, from + CLONES_PER_STATEMENT) - 1;
            try (PreparedStatement clones = db.prepareStatement("""
                    insert into public.benchmark_clone (round, template, clone)
                    select g, t, gen_random_uuid()::text from generate_series(?, ?) g, unnest(?::text[]) t""")) {
                clones.setInt(1, from);
                clones.setInt(2, to);
                clones.setArray(3, db.createArrayOf("text", templates.toArray()));
                clones.executeUpdate();
            }
            try (PreparedStatement events = db.prepareStatement("""
                    insert into command.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                        type, timestamp, payload_type, payload_revision, payload, meta_data)
                    select gen_random_uuid()::text, c.clone, e.sequence_number, e.type, e.timestamp, e.payload_type,
                           e.payload_revision,
                           convert_to(replace(convert_from(e.payload, 'UTF8'), c.template, c.clone), 'UTF8'),
                           convert_to(replace(convert_from(e.meta_data, 'UTF8'), c.template, c.clone), 'UTF8')
                    from public.benchmark_clone c
                    join command.domain_event_entry e on e.aggregate_identifier = c.template
                    where c.round between ? and ?
                    order by c.round / ?, e.sequence_number, c.round, c.template""")) {
                events.setInt(1, from);
                events.setInt(2, to);
                events.setInt(3, interleave);
                written += events.executeUpdate();
            }
            System.out.printf("  seeded %,d events%n", written);
        }
        try (var vacuum = db.createStatement()) {
            // as a store that has been read before: hint bits set, statistics known
            vacuum.execute("vacuum analyze command.domain_event_entry");
        }
        return written;
    }
}
