package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The benchmark's one command ({@code ./benchmark.sh}, README "Performance"): on a fresh database, PostgreSQL's own
 * append ceiling (pgbench), then the services under the refund desk's load over HTTP, at saturation and at a fixed
 * rate below it, then a rebuild of every view from stored events. Prints the figures and the machine they come from.
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
            failed = !new LoadPart(home, options).run();
        }
        if (options.runs("rebuild")) {
            failed |= !rebuild(home, options);
        }
        System.exit(failed ? 1 : 0);
    }

    /** The rebuild part; false when the rebuilt views fail their check. */
    private static boolean rebuild(Path home, Options options) throws Exception {
        Instant began = Instant.now();
        try (ThrowawayDatabase db = ThrowawayDatabase.create()) {
            if (!options.runs("load")) { // the load part has said it already
                System.out.println("machine: " + Machine.describe(db));
            }
            System.out.printf("rebuild: %,d events, query service -Xmx%s ...%n", options.rebuildEvents(),
                    options.serviceHeap());
            RebuildRun.Figures figures = new RebuildRun(home, db, options).run();
            String steady = figures.steady().map(rate -> String.format("%,.0f events/s (%,d events in %.1f s, from "
                            + "%.0f s on)", rate.eventsPerSecond(), rate.events(), rate.over().toMillis() / 1000.0,
                    rate.after().toMillis() / 1000.0)).orElse("too short to tell apart from the warm-up");
            System.out.printf("""
                            rebuild results:
                              rebuilt             %,d events (%,d cases) in %.1f s = %,.0f events/s overall
                              steady rate         %s
                              query service       peak RSS %,d MiB, peak heap used %,d MiB (of -Xmx%s)
                              CPU                 query service %.1f s, database %.1f s
                              time taken          seeding the store %s, the whole rebuild part %s
                            %s
                            """, figures.events(), figures.cases(), figures.took().toMillis() / 1000.0,
                    figures.eventsPerSecond(), steady, figures.peakResidentKiB() >> 10,
                    figures.peakHeapUsedBytes() >> 20, options.serviceHeap(), figures.serviceCpuMillis() / 1000.0,
                    figures.databaseCpuMillis() / 1000.0, minutes(figures.seeding()),
                    minutes(Duration.between(began, Instant.now())), figures.check().line());
            return figures.check().passed();
        }
    }

    /** {@code 4 min 12 s}. */
    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
