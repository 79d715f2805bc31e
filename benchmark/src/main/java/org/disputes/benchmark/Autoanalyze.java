package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Stands in for autovacuum's analyze on a server that has it switched off (as this workplace's does). Its tables
 * start empty, and a pooled connection keeps the generic plan it made then: without fresh statistics, looking up
 * the views of a batch or the events behind a gap scans the whole table at every call, ever longer as it grows.
 * A default server's autovacuum looks every nap time for the tables changed by more than its analyze threshold (50
 * rows and a tenth of the table, {@code autovacuum_analyze_threshold} and {@code _scale_factor}) since they were
 * last analyzed, and analyzes those; so does this, with the server's settings (tables' own storage parameters
 * aside), and it says when it ran, since an analyze takes seconds of a core. It is paced as autovacuum's workers
 * are, by the cost-based delay of {@code autovacuum_vacuum_cost_delay} and {@code _cost_limit} (a manual analyze has
 * none, and took a core for seconds at a time). Its statements run on a connection of their own to the database, so
 * their CPU counts as the database's.
 */
final class Autoanalyze implements AutoCloseable {

    /** autovacuum_naptime's default. */
    static final Duration EVERY = Duration.ofSeconds(60);

    /** Autovacuum's test for a table due an analyze, with the server's settings. */
    private static final String DUE = """
            select format('%I.%I', s.schemaname, s.relname)
            from pg_stat_user_tables s join pg_class c on c.oid = s.relid
            where s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8
                  + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0)""";

    /** The session's cost-based delay set to autovacuum's: -1 for either means the plain vacuum setting. */
    private static final String PACE_AS_AUTOVACUUM = """
            select set_config('vacuum_cost_delay', coalesce(nullif(current_setting('autovacuum_vacuum_cost_delay'), '-1'),
                                                            current_setting('vacuum_cost_delay')), false),
                   set_config('vacuum_cost_limit', coalesce(nullif(current_setting('autovacuum_vacuum_cost_limit'), '-1'),
                                                            current_setting('vacuum_cost_limit')), false)""";

    /** When an analyze began ({@link System#nanoTime()}), how long it took, and how many tables it analyzed. */
    private record Run(long startedNanos, long tookNanos, int tables) {
    }

    private final ScheduledExecutorService schedule;
    private final Connection sql;
    private final List<Run> runs = new CopyOnWriteArrayList<>();

    Autoanalyze(ScheduledExecutorService schedule, Connection sql) {
        this.schedule = schedule;
        this.sql = sql;
    }

    /** Analyzes {@code db} every {@link #EVERY} when the server's autovacuum is off; null when it is on. */
    static Autoanalyze whereSwitchedOff(ThrowawayDatabase db) throws SQLException {
        Connection sql = db.server().connect(db.name());
        if (autovacuumIsOn(sql)) {
            sql.close();
            return null;
        }
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "autoanalyze");
            thread.setDaemon(true);
            return thread;
        });
        Autoanalyze analyze = new Autoanalyze(schedule, sql);
        schedule.scheduleWithFixedDelay(analyze::analyze, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
        return analyze;
    }

    private static boolean autovacuumIsOn(Connection sql) throws SQLException {
        try (var setting = sql.createStatement().executeQuery("select current_setting('autovacuum')")) {
            setting.next();
            return "on".equals(setting.getString(1));
        }
    }

    /**
     * An analyze this long before a span is named with it: its cost does not end with it, since every connection then
     * plans its prepared statements anew, so a spike in the span's first seconds may be its doing.
     */
    static final Duration LOOK_BACK = Duration.ofSeconds(10);

    /**
     * The analyzes begun between two {@link System#nanoTime()} values, or within {@link #LOOK_BACK} before the first,
     * timed from the first: {@code -3 s (2,438 ms, 11 tables), +31 s (82 ms, 2 tables)}, or that none was.
     */
    String between(long fromNanos, long untilNanos) {
        String during = runs.stream()
                .filter(run -> run.startedNanos() >= fromNanos - LOOK_BACK.toNanos() && run.startedNanos() < untilNanos)
                .map(run -> String.format("%+d s (%,d ms, %d tables)",
                        Math.floorDiv(run.startedNanos() - fromNanos, 1_000_000_000L), run.tookNanos() / 1_000_000,
                        run.tables()))
                .collect(Collectors.joining(", "));
        return during.isEmpty() ? "no time in the span or the " + LOOK_BACK.toSeconds() + " s before it" : during;
    }

    private void analyze() {
        try {
            analyzeDue();
        } catch (SQLException e) {
            // the figures would be taken on stale statistics: say so, and go on trying
            System.err.println("autoanalyze: analyze failed: " + e.getMessage());
        }
    }

    /** Analyzes the tables due an analyze, as autovacuum would; the tables analyzed. */
    List<String> analyzeDue() throws SQLException {
        long started = System.nanoTime();
        try (var statement = sql.createStatement()) {
            List<String> due = new ArrayList<>();
            try (var tables = statement.executeQuery(DUE)) {
                while (tables.next()) {
                    due.add(tables.getString(1));
                }
            }
            if (!due.isEmpty()) {
                statement.execute(PACE_AS_AUTOVACUUM);
                statement.execute("analyze " + String.join(", ", due));
                runs.add(new Run(started, System.nanoTime() - started, due.size()));
            }
            return due;
        }
    }

    @Override
    public void close() throws SQLException {
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sql.close();
        }
    }
}
