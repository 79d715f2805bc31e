package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the event store by cloning the template cases' stored events under new case ids, in SQL. The case id is
 * replaced inside payload and metadata too; the hash-chain trigger runs as for any write, so each clone's events go
 * in in sequence order. {@code interleave} clones at a time have their events interleaved (all first events, then
 * all second events, ...), as cases progressing side by side would be. Each statement copies thousands of clones
 * server-side; {@link #SEEDERS} connections run them side by side, since the trigger keeps a backend's core busy.
 */
final class EventCloner {

    private static final int CLONES_PER_STATEMENT = 4000;
    /** Connections inserting at once: one a core of a small machine. */
    private static final int SEEDERS = 2;
    private final ThrowawayDatabase db;

    EventCloner(ThrowawayDatabase db) {
        this.db = db;
    }

    /** Clones the templates {@code rounds} times; returns how many events were written. */
    long cloneTemplates(List<String> templates, int rounds, int interleave) throws Exception {
        try (Connection sql = db.server().connect(db.name()); var create = sql.createStatement()) {
            // which clone copies which template: for the sanity check afterwards
            create.execute("create table public.benchmark_clone (round int not null, template text not null, "
                    + "clone text primary key)");
        }
        AtomicLong written = new AtomicLong();
        ExecutorService seeders = Executors.newFixedThreadPool(SEEDERS);
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < rounds; from += CLONES_PER_STATEMENT) {
                int first = from;
                int last = Math.min(rounds, from + CLONES_PER_STATEMENT) - 1;
                chunks.add(seeders.submit(() -> {
                    long events = cloneRounds(templates, first, last, interleave);
                    System.out.printf("  seeded %,d events%n", written.addAndGet(events));
                    return null;
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            seeders.shutdownNow();
        }
        try (Connection sql = db.server().connect(db.name()); var vacuum = sql.createStatement()) {
            // as a store that has been read before: hint bits set, statistics known
            vacuum.execute("vacuum analyze command.domain_event_entry");
        }
        return written.get();
    }

    /** Clones rounds {@code from} to {@code to} on a connection of its own; returns the events written. */
    private long cloneRounds(List<String> templates, int from, int to, int interleave) throws SQLException {
        try (Connection sql = db.server().connect(db.name())) {
            try (PreparedStatement clones = sql.prepareStatement("""
                    insert into public.benchmark_clone (round, template, clone)
                    select g, t, gen_random_uuid()::text from generate_series(?, ?) g, unnest(?::text[]) t""")) {
                clones.setInt(1, from);
                clones.setInt(2, to);
                clones.setArray(3, sql.createArrayOf("text", templates.toArray()));
                clones.executeUpdate();
            }
            try (PreparedStatement events = sql.prepareStatement("""
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
                return events.executeUpdate();
            }
        }
    }
}
