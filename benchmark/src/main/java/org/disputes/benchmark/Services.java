package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;
import org.disputes.process.HeapWatch;
import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Both services, each a JVM of its own started from its packaged jar on the benchmark's database, with their heaps
 * watched from outside. The command service first: it migrates the event store.
 */
final class Services implements AutoCloseable {

    private final ServiceProcess commands;
    private final ServiceProcess queries;
    private final HeapWatch commandHeap;
    private final HeapWatch queryHeap;
    private long commandCpuAtStart;
    private long queryCpuAtStart;

    private Services(ServiceProcess commands, ServiceProcess queries) throws IOException {
        this.commands = commands;
        this.queries = queries;
        this.commandHeap = HeapWatch.of(commands.pid(), Duration.ofMillis(100));
        this.queryHeap = HeapWatch.of(queries.pid(), Duration.ofMillis(100));
    }

    static Services start(Path home, ThrowawayDatabase db, String heap, List<String> commandArguments)
            throws IOException, InterruptedException {
        ServiceProcess commands = start(home, db, heap, "command-service", commandArguments);
        try {
            return new Services(commands, start(home, db, heap, "query-service", List.of()));
        } catch (IOException | RuntimeException | InterruptedException e) {
            commands.close();
            throw e;
        }
    }

    /** One service ({@code command-service} or {@code query-service}) on the database, its heap fixed at {@code heap}. */
    static ServiceProcess start(Path home, ThrowawayDatabase db, String heap, String name, List<String> arguments)
            throws IOException, InterruptedException {
        ServiceProcess service = launch(home, db, heap, name, arguments);
        service.awaitHealthy(ServiceProcess.START_PATIENCE);
        return service;
    }

    /** The same, without waiting until it is healthy. */
    static ServiceProcess launch(Path home, ThrowawayDatabase db, String heap, String name, List<String> arguments)
            throws IOException {
        Map<String, String> environment = Map.of("DISPUTES_DB_URL", db.url(), "DISPUTES_DB_USER", db.user(),
                "DISPUTES_DB_PASSWORD", db.password());
        Path jar = home.resolve(name).resolve("target").resolve(name + ".jar");
        return ServiceProcess.launch(jar, home.resolve("benchmark/target/service-logs"), ServiceProcess.freePort(),
                environment, List.of("-Xms" + heap, "-Xmx" + heap), arguments);
    }

    ServiceProcess commands() {
        return commands;
    }

    ServiceProcess queries() {
        return queries;
    }

    /** Starts the heaps' and CPU's account afresh (after the warm-up). */
    void startMeasuring() throws IOException {
        commandHeap.reset();
        queryHeap.reset();
        commandCpuAtStart = commands.cpuMillis();
        queryCpuAtStart = queries.cpuMillis();
    }

    /** CPU milliseconds each service used since {@link #startMeasuring()}: command service, query service. */
    long[] cpuMillisSinceStart() throws IOException {
        return new long[] {commands.cpuMillis() - commandCpuAtStart, queries.cpuMillis() - queryCpuAtStart};
    }

    /** {@code command-service: peak heap used 312 MiB (-Xmx1g), peak RSS 540 MiB} and the same for the other. */
    String memory(String heap) throws IOException {
        return line(commands, commandHeap, heap) + "\n" + line(queries, queryHeap, heap);
    }

    private static String line(ServiceProcess service, HeapWatch watch, String heap) throws IOException {
        return String.format("  %-15s peak heap used %,d MiB (of -Xmx%s), peak RSS %,d MiB", service.name(),
                watch.peakUsedBytes() >> 20, heap, service.peakResidentKiB() >> 10);
    }

    @Override
    public void close() throws IOException {
        commandHeap.close();
        queryHeap.close();
        queries.close();
        commands.close();
    }
}
