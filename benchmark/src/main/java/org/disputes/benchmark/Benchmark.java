package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's one command ({@code ./benchmark.sh}, README "Performance"): on a fresh database, PostgreSQL's own
 * append ceiling (pgbench), then both services under the refund desk's load over HTTP, then a rebuild of every view
 * from stored events. Prints the figures and the machine they come from.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + Options.usage());
            System.exit(2);
            return;
        }
        Path home = Path.of(System.getProperty("disputes.home", ".")).toAbsolutePath().normalize();
        boolean failed = false;
        if (options.runs("load")) {
            failed = !load(home, options);
        }
        if (options.runs("rebuild")) {
            failed |= !rebuild(home, options);
        }
        System.exit(failed ? 1 : 0);
    }

    /** The load part; false when commands or probes failed, which makes its figures worthless. */
    private static boolean load(Path home, Options options) throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create()) {
            System.out.println("machine: " + Machine.describe(db));
            System.out.printf("pgbench: one-row event append, %d clients, %d s ...%n", options.clients(),
                    options.pgbench().toSeconds());
            PgbenchCeiling.Result ceiling = PgbenchCeiling.measure(db, options.clients(), options.pgbench());
            System.out.printf("pgbench: %,.0f appends/s%n", ceiling.appendsPerSecond());

            List<String> commandSettings = List.of("--disputes.policy.response-window=" + options.responseWindow());
            try (Services services = Services.start(home, db, options.serviceHeap(), commandSettings)) {
                System.out.printf("load: %d clients, warm-up %d s, measured %d s, response window %s ...%n",
                        options.clients(), options.warmUp().toSeconds(), options.measure().toSeconds(),
                        options.responseWindow());
                LoadRun.Figures figures = new LoadRun(services, options).run();
                System.out.printf("""
                                load results (%d clients, %d s measured):
                                  commands            %,d answered, %,.0f commands/s (%,.0f claims filed/s, each with 3 evidence)
                                  vs PostgreSQL       %.3f of pgbench's %,.0f appends/s
                                  command latency     %s
                                  CPU per command     %s
                                  projection lag      %s
                                  decision visible    %s after the window closed (%d not seen)
                                  failures            %s
                                memory:
                                %s
                                """, options.clients(), options.measure().toSeconds(), figures.commands(),
                        figures.commandsPerSecond(), figures.claimsPerSecond(),
                        figures.commandsPerSecond() / ceiling.appendsPerSecond(), ceiling.appendsPerSecond(),
                        figures.commandLatency().summary(), figures.cpuPerCommand(), figures.projectionLag().summary(),
                        figures.decisionVisible().summary(), figures.decisionsNotSeen(), failures(figures),
                        services.memory(options.serviceHeap()));
                figures.failureSamples().forEach(sample -> System.out.println("  failure sample: " + sample));
                return figures.failures().isEmpty() && figures.decisionsNotSeen() == 0;
            }
        }
    }

    /** The rebuild part; false when the rebuilt views fail their check. */
    private static boolean rebuild(Path home, Options options) throws Exception {
        try (ThrowawayDatabase db = ThrowawayDatabase.create()) {
            if (!options.runs("load")) { // the load part has said it already
                System.out.println("machine: " + Machine.describe(db));
            }
            System.out.printf("rebuild: %,d events, query service -Xmx%s ...%n", options.rebuildEvents(),
                    options.serviceHeap());
            RebuildRun.Figures figures = new RebuildRun(home, db, options).run();
            System.out.printf("""
                            rebuild results:
                              rebuilt             %,d events (%,d cases) in %.1f s = %,.0f events/s
                              query service       peak RSS %,d MiB, peak heap used %,d MiB (of -Xmx%s)
                              CPU                 query service %.1f s, database %.1f s
                            %s
                            """, figures.events(), figures.cases(), figures.took().toMillis() / 1000.0,
                    figures.eventsPerSecond(), figures.peakResidentKiB() >> 10, figures.peakHeapUsedBytes() >> 20,
                    options.serviceHeap(), figures.serviceCpuMillis() / 1000.0, figures.databaseCpuMillis() / 1000.0,
                    figures.check().line());
            return figures.check().passed();
        }
    }

    private static String failures(LoadRun.Figures figures) {
        if (figures.failures().isEmpty()) {
            return "none";
        }
        Map<Integer, Long> byStatus = new TreeMap<>();
        figures.failures().forEach((status, count) -> byStatus.put(status, count.sum()));
        return byStatus + " (status -1: no answer)";
    }
}
