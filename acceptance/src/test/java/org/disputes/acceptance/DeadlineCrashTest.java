package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command service killed outright (SIGKILL) while it is running deadlines, many cases' response windows falling
 * at once (held in the middle of their decision by a lock on the case history), and started again: the deadlines
 * it had picked and never finished are found dead and run again, so every case is decided within a minute of the
 * restart, and none twice.
 */
class DeadlineCrashTest {

    static final int CASES = 150;
    /** Deadlines the command service runs at once (AdjudicationConfiguration). */
    static final int SCHEDULER_THREADS = 8;

    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void deadlinesCutByACrashFallOnceOnTheRestartedService() throws Exception {
        ExecutorService agents = Executors.newFixedThreadPool(8);
        List<Callable<String>> filings = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            filings.add(() -> Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer())));
        }
        List<String> cases = new ArrayList<>();
        for (Future<String> filed : agents.invokeAll(filings)) {
            cases.add(filed.get());
        }
        agents.shutdown();

        Deadlines stranded;
        try (Connection history = database()) {
            // the response windows (three seconds) fall while the case history the policy reads and writes as it
            // decides is locked: their deadlines are picked and stay in the middle of deciding, whatever this
            // machine's speed, until the service is killed (filing is done; asking for proof and setting the
            // window do not touch the history, so windows are still being set meanwhile)
            history.setAutoCommit(false);
            history.createStatement().execute("lock table command.case_history in access exclusive mode");
            // every thread of the scheduler held, or every window still open if there are fewer
            Deadlines running = Poll.until(DeadlineCrashTest::deadlines,
                    d -> d.picked() > 0 && d.picked() >= Math.min(SCHEDULER_THREADS, d.soon()),
                    Duration.ofSeconds(30));
            assertThat(running.picked()).as("deadlines were being run: %s", running).isPositive();
            system.crashCommands();
            stranded = deadlines();
            history.rollback();
        }
        assertThat(stranded.picked()).as("the kill left deadlines picked and unfinished").isPositive();

        system.restartCommands();
        Instant restarted = Instant.now();

        Map<String, Long> decisions = Poll.until(() -> stored(cases, "CaseDecided"),
                d -> d.size() == CASES, Duration.ofSeconds(60));
        Duration took = Duration.between(restarted, Instant.now());
        assertThat(decisions).as("cases decided within a minute of the restart (%s)", took).hasSize(CASES);

        // nothing left that could decide again: no response window due or running
        Deadlines left = Poll.until(DeadlineCrashTest::deadlines, d -> d.picked() == 0 && d.due() == 0,
                Duration.ofSeconds(30));
        assertThat(left.picked() + left.due()).isZero();
        assertThat(stored(cases, "CaseDecided")).allSatisfy((caseId, n) -> assertThat(n).as(caseId).isEqualTo(1));
        assertThat(stored(cases, "RefundIssued")).hasSize(CASES)
                .allSatisfy((caseId, n) -> assertThat(n).as(caseId).isEqualTo(1));

        // and the history every auditor reads says the same
        for (String caseId : cases) {
            JsonNode timeline = Poll.until(() -> timeline(caseId), t -> count(t, "RefundIssued") == 1,
                    Steps.PATIENCE);
            assertThat(count(timeline, "CaseDecided")).as(caseId + " " + timeline).isEqualTo(1);
            assertThat(count(timeline, "RefundIssued")).as(caseId + " " + timeline).isEqualTo(1);
        }
    }

    private static JsonNode timeline(String caseId) throws Exception {
        return system.queries().get("/api/cases/" + caseId + "/timeline", "auditor").body();
    }

    private static long count(JsonNode timeline, String type) {
        long n = 0;
        for (JsonNode step : timeline) {
            if (type.equals(step.path("type").asString())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Deadlines picked by an instance and not finished, deadlines that fell (picked or not), and those falling
     * within seconds (the stories' windows, not other stories' days-long SLAs).
     */
    record Deadlines(long picked, long due, long soon) {
    }

    private static Deadlines deadlines() throws SQLException {
        try (Connection db = database();
             var count = db.prepareStatement("""
                     select count(*) filter (where picked), count(*) filter (where execution_time <= now()),
                            count(*) filter (where execution_time <= now() + interval '5 seconds')
                     from command.scheduled_tasks""");
             var rs = count.executeQuery()) {
            rs.next();
            return new Deadlines(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** How many events of that type each of the cases has in the event store, for the cases that have any. */
    private static Map<String, Long> stored(List<String> cases, String eventType) throws SQLException {
        try (Connection db = database();
             var count = db.prepareStatement("""
                     select aggregate_identifier, count(*) from command.domain_event_entry
                     where aggregate_identifier = any(?) and payload_type like ?
                     group by aggregate_identifier""")) {
            count.setArray(1, db.createArrayOf("varchar", cases.toArray()));
            count.setString(2, "%." + eventType);
            Map<String, Long> counts = new HashMap<>();
            try (var rs = count.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("DISPUTES_DB_URL"),
                System.getProperty("DISPUTES_DB_USER"), System.getProperty("DISPUTES_DB_PASSWORD"));
    }
}
