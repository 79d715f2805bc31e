package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for autovacuum's analyze on a server that has it switched off (as this workplace's does). Its tables
 * start empty, and a pooled connection keeps the generic plan it made then: without fresh statistics, looking up
 * the views of a batch or the events behind a gap scans the whole table at every call, ever longer as it grows.
 * A default server analyzes a growing table within autovacuum's nap time; so does this, over the whole database.
 * Its statements run on a connection of their own to the database, so their CPU counts as the database's.
 */
final class Autoanalyze implements AutoCloseable {

    /** autovacuum_naptime's default. */
    static final Duration EVERY = Duration.ofSeconds(60);

    private final ScheduledExecutorService schedule;
    private final Connection sql;

    private Autoanalyze(ScheduledExecutorService schedule, Connection sql) {
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

    private void analyze() {
        try (var statement = sql.createStatement()) {
            statement.execute("analyze");
        } catch (SQLException e) {
            // the figures would be taken on stale statistics: say so, and go on trying
            System.err.println("autoanalyze: analyze failed: " + e.getMessage());
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
