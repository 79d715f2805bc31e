package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * The benchmark's load part: PostgreSQL's own append ceiling (pgbench), then the services under the refund desk's
 * load over HTTP, at saturation (closed loop) and then at a fixed rate below it (open loop), on a fresh database.
 */
final class LoadPart {

    /** The open loop's lead-in after the closed loop: the services are warm, the cases need to reach every stage. */
    private static final Duration LEAD_IN = Duration.ofSeconds(5);

    private final Path home;
    private final Options options;

    LoadPart(Path home, Options options) {
        this.home = home;
        this.options = options;
    }

    /** Runs and prints the part; false when commands or probes failed, which makes its figures worthless. */
    boolean run() throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create()) {
            System.out.println("machine: " + Machine.describe(db));
            System.out.printf("pgbench: one-row event append, %d clients, %d s ...%n", options.clients(),
                    options.pgbench().toSeconds());
            PgbenchCeiling.Result ceiling = PgbenchCeiling.measure(db, options.clients(), options.pgbench());
            System.out.printf("pgbench: %,.0f appends/s%n", ceiling.appendsPerSecond());

            List<String> commandSettings = List.of("--disputes.policy.response-window=" + options.responseWindow());
            try (Services services = Services.start(home, db, options.serviceHeap(), options.instances(),
                    commandSettings); Connection sql = db.server().connect(db.name());
                 Autoanalyze analyze = Autoanalyze.whereSwitchedOff(db)) {
                if (analyze != null) {
                    System.out.printf("autovacuum: off on this server; every %d s the benchmark analyzes the tables it"
                            + " would have, paced as its workers are%n", Autoanalyze.EVERY.toSeconds());
                }
                String each = services.instances() == 1 ? "1 command service and 1 query service"
                        : services.instances() + " command services and " + services.instances() + " query services";
                System.out.printf("load: %s on one database, response window %s%n", each, options.responseWindow());
                boolean clean = true;
                double saturation = 0;
                Runnable firstMeasured = services::resetHeapPeaks;
                if (options.runsMode("closed")) {
                    System.out.printf("closed loop: %d clients, warm-up %d to %d s (until the JIT settles), measured %d s"
                                    + " ...%n", options.clients(), options.warmUp().toSeconds(),
                            options.warmUpLimit().toSeconds(), options.measure().toSeconds());
                    ClosedLoop.Figures closed = new ClosedLoop(services, options, sql).run(firstMeasured);
                    firstMeasured = () -> { };
                    saturation = closed.load().commandsPerSecond();
                    print(closed, ceiling, analyze);
                    clean = closed.load().clean();
                }
                if (options.runsMode("open")) {
                    double rate = options.openLoopRate(saturation);
                    Duration leadIn = options.runsMode("closed") ? LEAD_IN : options.warmUp();
                    System.out.printf("open loop: %,.1f commands/s (%s), lead-in %d s, measured %d s ...%n", rate,
                            options.rate().isPresent() ? "--rate" : "half the closed loop's", leadIn.toSeconds(),
                            options.openLoopMeasure().toSeconds());
                    OpenLoop.Figures open = new OpenLoop(services, options, sql).run(rate, leadIn, firstMeasured);
                    print(open, ceiling, analyze);
                    clean &= open.load().clean();
                }
                System.out.printf("memory and GC pauses (since the first measured span began):%n%s%n",
                        services.memory(options.serviceHeap()));
                return clean;
            }
        }
    }

    /** {@code analyze} is null where the server's autovacuum analyzes. */
    private void print(ClosedLoop.Figures figures, PgbenchCeiling.Result ceiling, Autoanalyze analyze) {
        LoadFigures closed = figures.load();
        double p99 = closed.commandLatency().percentileMillis(99);
        System.out.printf("""
                        closed loop results (%d clients, %d s measured, %s):
                          commands            %,d answered, %,.0f commands/s (%,.0f claims filed/s, each with 3 evidence)
                          vs PostgreSQL       %.3f of pgbench's %,.0f appends/s
                          command latency     %s
                          by step             %s
                          beyond the p99      %s (the seconds holding most commands of %.1f ms or more, by send time)%s
                        %s""", options.clients(), closed.measured().toSeconds(), instances(),
                closed.commands(), closed.commandsPerSecond(), closed.claimsPerSecond(),
                closed.commandsPerSecond() / ceiling.appendsPerSecond(), ceiling.appendsPerSecond(),
                closed.commandLatency().summary(), closed.byStep().summary(), figures.seconds().holding(p99, 5), p99,
                analyzedIn(analyze, figures.measuredFrom(), figures.measuredUntil()), common(closed));
    }

    private static String analyzedIn(Autoanalyze analyze, long from, long until) {
        return analyze == null ? "" : "; the benchmark's analyze ran at " + analyze.between(from, until);
    }

    /** {@code analyze} is null where the server's autovacuum analyzes. */
    private void print(OpenLoop.Figures open, PgbenchCeiling.Result ceiling, Autoanalyze analyze) {
        LoadFigures load = open.load();
        String analyzed = analyzedIn(analyze, open.measuredFrom(), open.measuredUntil());
        System.out.printf("""
                        open loop results (%,.1f commands/s asked, %d s measured, %s):
                          commands            %,d answered, %,.1f commands/s achieved (%,.1f claims filed/s)
                          vs PostgreSQL       %.4f of pgbench's %,.0f appends/s
                          command latency     %s, from the intended send time
                          by step             %s
                          sender behind       %s (how late the sender itself was; counted in the latency)
                          slowest seconds     %s (the worst latency of each, by intended send time)%s
                        %s""", open.rate(), load.measured().toSeconds(), instances(), load.commands(),
                load.commandsPerSecond(), load.claimsPerSecond(), load.commandsPerSecond() / ceiling.appendsPerSecond(),
                ceiling.appendsPerSecond(), load.commandLatency().summary(), load.byStep().summary(),
                open.senderBehind().summary(), open.slowest().summary(5), analyzed, common(load));
    }

    /** The lines both loops print: CPU, lag, decisions, failures. */
    private static String common(LoadFigures figures) {
        StringBuilder lines = new StringBuilder(String.format("""
                          CPU per command     %s
                          JIT compiling       %s
                          projection lag      %s
                          decision visible    %s after the window closed (%d not seen%s)
                          failures            %s
                        """, figures.cpu().perCommand(figures.commands()), figures.cpu().compiling(),
                figures.projectionLag().summary(),
                figures.decisionVisible().summary(), figures.decisionsNotSeen(), decidedEarly(figures),
                figures.failures().summary()));
        figures.failures().samples().forEach(sample -> lines.append("  failure sample: ").append(sample).append('\n'));
        return lines.toString();
    }

    /** Said only when it happened: the desk's steps took longer than the response window. */
    private static String decidedEarly(LoadFigures figures) {
        return figures.decidedBeforeLastStep() == 0 ? "" : "; " + figures.decidedBeforeLastStep()
                + " decided before the script's last step was answered, the steps taking longer than the window";
    }

    private String instances() {
        return options.instances() == 1 ? "1 instance of each service"
                : options.instances() + " instances of each service, CPU summed over them";
    }
}
