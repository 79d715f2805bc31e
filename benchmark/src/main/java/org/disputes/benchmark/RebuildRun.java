package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;
import org.disputes.process.HeapWatch;
import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * How fast the query service rebuilds every view from the event store. Template cases are filed for real through
 * the command service and projected live (their views kept for the check); their events are cloned in SQL up to
 * {@code --rebuild-events}; then a query service started with {@code --disputes.query.rebuild=true} is timed from
 * the log line announcing the rebuild to the one announcing its end, and every view is checked.
 */
final class RebuildRun {

    static final String REBUILDING = "Rebuilding every view from the event store";
    static final String REBUILT = "Rebuilt every view";
    /** Clones progressing side by side, their events interleaved as a live store's are. */
    private static final int INTERLEAVE = 10;
    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(30);

    record Figures(long events, long cases, Duration seeding, Duration took, Optional<RebuildRate.Steady> steady,
                   long peakResidentKiB, long peakHeapUsedBytes, long serviceCpuMillis, long databaseCpuMillis,
                   RebuildCheck.Result check) {

        double eventsPerSecond() {
            return events / (took.toNanos() / 1e9);
        }
    }

    private final Path home;
    private final ThrowawayDatabase db;
    private final Options options;

    RebuildRun(Path home, ThrowawayDatabase db, Options options) {
        this.home = home;
        this.db = db;
        this.options = options;
    }

    Figures run() throws Exception {
        try (Connection sql = db.server().connect(db.name())) {
            List<String> templates;
            Map<String, String> liveViews;
            // the templates' windows close at once, so their histories end (decided) within seconds
            try (ServiceProcess commands = Services.start(home, db, options.serviceHeap(), "command-service",
                    List.of("--disputes.policy.response-window=PT2S", "--disputes.policy.unauthorized-refund-by=PT2S"));
                 ServiceProcess queries = Services.start(home, db, options.serviceHeap(), "query-service", List.of())) {
                templates = new TemplateCases(commands).file();
                await("every template case decided", () -> Sql.count(sql, """
                        select count(distinct aggregate_identifier) from command.domain_event_entry
                        where aggregate_identifier = any(?) and payload_type like '%.CaseDecided'""", templates)
                        == templates.size(), Duration.ofSeconds(60));
                commands.close(); // nothing more happens to the templates: their histories are final
                await("the templates' live views", () -> Sql.count(sql, """
                        select count(*) from query.case_view v
                        where v.case_id::text = any(?) and v.version = (select count(*) from command.domain_event_entry e
                                                                         where e.aggregate_identifier = v.case_id::text)""",
                        templates) == templates.size(), Duration.ofSeconds(30));
                liveViews = RebuildCheck.views(sql, templates);
            }
            Instant seeding = Instant.now();
            seed(sql, templates);
            Duration seeded = Duration.between(seeding, Instant.now());
            System.out.printf("rebuild: seeded in %d s%n", seeded.toSeconds());

            long events = Sql.count(sql, "select count(*) from command.domain_event_entry");
            long caseEvents = Sql.count(sql, "select count(*) from command.domain_event_entry where type = 'DisputeCase'");
            long cases = Sql.count(sql,
                    "select count(distinct aggregate_identifier) from command.domain_event_entry where type = 'DisputeCase'");
            long flags = Sql.count(sql,
                    "select count(*) from command.domain_event_entry where payload_type like '%.CourierFlagged'");

            // the rebuild runs while the service starts: it is healthy once every view is rebuilt; its progress
            // each second tells the steady rate apart from the warm-up
            try (ServiceProcess queries = Services.launchRebuild(home, db, options.serviceHeap(),
                    List.of("--disputes.query.rebuild=true", "--disputes.query.rebuild-progress=PT1S"))) {
                Instant start = loggedAt(queries.awaitLogged(REBUILDING, Duration.ofMinutes(2)), Instant.now());
                long serviceCpu = queries.cpuMillis();
                DatabaseCpu databaseCpu = DatabaseCpu.startCounting(sql);
                try (HeapWatch heap = HeapWatch.of(queries.pid())) {
                    Instant end = loggedAt(queries.awaitLogged(REBUILT, REBUILD_PATIENCE), Instant.now());
                    long usedCpu = queries.cpuMillis() - serviceCpu;
                    long usedDatabaseCpu = databaseCpu.millisSinceStart();
                    queries.awaitHealthy(Services.START_PATIENCE);
                    // one table a statement: holding one while waiting for another could deadlock with the truncation
                    await("every view rebuilt", () -> Sql.count(sql, "select count(*) from query.case_view") == cases
                            && Sql.count(sql, "select coalesce(sum(version), 0) from query.case_view") == caseEvents
                            && Sql.count(sql, "select count(*) from query.courier_flag") == flags,
                            Duration.ofSeconds(30));
                    return new Figures(events, cases, seeded, Duration.between(start, end),
                            RebuildRate.steady(progress(queries), start, events), queries.peakResidentKiB(),
                            heap.peakUsedBytes(), usedCpu, usedDatabaseCpu,
                            new RebuildCheck(sql).verify(cases, caseEvents, liveViews));
                }
            }
        }
    }

    private void seed(Connection sql, List<String> templates) throws Exception {
        long perRound = Sql.count(sql,
                "select count(*) from command.domain_event_entry where aggregate_identifier = any(?)", templates);
        long existing = Sql.count(sql, "select count(*) from command.domain_event_entry");
        int rounds = (int) Math.max(0, (options.rebuildEvents() - existing + perRound - 1) / perRound);
        System.out.printf("rebuild: seeding %d template cases (%d events) %,d times, %d side by side ...%n",
                templates.size(), perRound, rounds, INTERLEAVE);
        new EventCloner(db).cloneTemplates(templates, rounds, INTERLEAVE);
    }

    /** The progress the rebuilding service logged, in order. */
    private static List<RebuildRate.Point> progress(ServiceProcess queries) throws IOException {
        try (var lines = Files.lines(queries.log())) {
            return lines.map(RebuildRate::point).flatMap(Optional::stream).toList();
        }
    }

    /** When a log line was written, from its leading timestamp (Spring Boot's format); {@code otherwise} without one. */
    static Instant loggedAt(String line, Instant otherwise) {
        try {
            return OffsetDateTime.parse(line.substring(0, Math.max(0, line.indexOf(' ')))).toInstant();
        } catch (DateTimeParseException notTimestamped) {
            return otherwise;
        }
    }

    /** Asks {@code condition} every 200 ms until it holds; fails when {@code patience} runs out. */
    private static void await(String what, Callable<Boolean> condition, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + patience);
            }
            Thread.sleep(200); // the polling period of a condition checked each time round
        }
    }
}
