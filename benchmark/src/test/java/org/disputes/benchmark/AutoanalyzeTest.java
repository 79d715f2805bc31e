package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On this run's own database: only the tables autovacuum would analyze are analyzed, each once for its changes, and
 * a report names an analyze with the span it fell in or just preceded.
 */
class AutoanalyzeTest {

    @Test
    void aTableIsAnalyzedOnceItHasChangedByMoreThanAutovacuumsThreshold() throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create(); Connection writer = db.server().connect(db.name());
             // asked here, not on its schedule; closing it shuts the schedule down
             Autoanalyze analyze = new Autoanalyze(Executors.newSingleThreadScheduledExecutor(),
                     db.server().connect(db.name()))) {
            try (var statement = writer.createStatement()) {
                statement.execute("create table busy (n int)");
                statement.execute("create table quiet (n int)");
                statement.execute("insert into busy select generate_series(1, 1000)");
                statement.execute("insert into quiet select generate_series(1, 10)"); // under the 50 rows
                statement.execute("select pg_stat_force_next_flush()");
            }
            awaitChangesCounted(writer, "busy", 1000);

            assertThat(analyze.analyzeDue()).containsExactly("public.busy");
            assertThat(analyze.analyzeDue()).as("nothing changed since").isEmpty();
        }
    }

    @Test
    void anAnalyzeIsPacedAsAutovacuumsWorkersAre() throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create(); Connection writer = db.server().connect(db.name());
             Connection analyzing = db.server().connect(db.name());
             Autoanalyze analyze = new Autoanalyze(Executors.newSingleThreadScheduledExecutor(), analyzing)) {
            changeEnoughToAnalyze(writer);
            assertThat(setting(analyzing, "vacuum_cost_delay")).as("a manual analyze's default").isEqualTo("0");

            assertThat(analyze.analyzeDue()).containsExactly("public.busy");

            String autovacuumDelay = setting(writer, "autovacuum_vacuum_cost_delay");
            String autovacuumLimit = setting(writer, "autovacuum_vacuum_cost_limit");
            assertThat(setting(analyzing, "vacuum_cost_delay")).isEqualTo(
                    "-1".equals(autovacuumDelay) ? setting(writer, "vacuum_cost_delay") : autovacuumDelay);
            assertThat(setting(analyzing, "vacuum_cost_limit")).isEqualTo(
                    "-1".equals(autovacuumLimit) ? setting(writer, "vacuum_cost_limit") : autovacuumLimit);
            assertThat(setting(analyzing, "vacuum_cost_delay")).isNotEqualTo("0");
        }
    }

    private static String setting(Connection sql, String name) throws SQLException {
        try (var value = sql.createStatement().executeQuery("select current_setting('" + name + "')")) {
            value.next();
            return value.getString(1);
        }
    }

    @Test
    void anAnalyzeIsNamedWithASpanItFallsInOrJustPrecedes() throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create(); Connection writer = db.server().connect(db.name());
             Autoanalyze analyze = new Autoanalyze(Executors.newSingleThreadScheduledExecutor(),
                     db.server().connect(db.name()))) {
            changeEnoughToAnalyze(writer);
            long before = System.nanoTime();
            assertThat(analyze.analyzeDue()).containsExactly("public.busy");
            long after = System.nanoTime();
            long second = Duration.ofSeconds(1).toNanos();
            long lookBack = Autoanalyze.LOOK_BACK.toNanos();

            assertThat(analyze.between(before - 5 * second, after + 60 * second)).as("within the span")
                    .matches("\\+[56] s \\([0-9,]+ ms, 1 tables\\)");
            assertThat(analyze.between(after + 2 * second, after + 60 * second)).as("just before it")
                    .matches("-[34] s \\([0-9,]+ ms, 1 tables\\)");
            assertThat(analyze.between(after + lookBack + second, after + 60 * second))
                    .isEqualTo("no time in the span or the 10 s before it");
            assertThat(analyze.between(before - 60 * second, before - second))
                    .isEqualTo("no time in the span or the 10 s before it");
        }
    }

    /** A table {@code busy} that autovacuum would analyze. */
    private static void changeEnoughToAnalyze(Connection writer) throws SQLException {
        try (var statement = writer.createStatement()) {
            statement.execute("create table busy (n int)");
            statement.execute("insert into busy select generate_series(1, 1000)");
            statement.execute("select pg_stat_force_next_flush()");
        }
        awaitChangesCounted(writer, "busy", 1000);
    }

    private static void awaitChangesCounted(Connection sql, String table, long changes) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (var counted = sql.createStatement().executeQuery(
                    "select n_mod_since_analyze from pg_stat_user_tables where relname = '" + table + "'")) {
                if (counted.next() && counted.getLong(1) >= changes) {
                    return;
                }
            }
            Thread.onSpinWait(); // polling the server's counters against a deadline
        }
        throw new AssertionError("the server never counted " + changes + " changes to " + table);
    }
}
