package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;
import org.disputes.process.HeapWatch;
import org.disputes.process.ServiceCollector;
import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Command and query services, as many instances of each as asked, each a JVM of its own started from its packaged
 * jar on the benchmark's one database, on ports of its own, with its heap watched from outside. The load is spread
 * over them: a case's commands go to one command instance, reads to any query instance.
 */
final class Services implements AutoCloseable {

    /** One running instance and the watch on its heap. */
    private record Instance(String label, ServiceProcess process, HeapWatch heap) {
    }

    private final List<Instance> commands = new ArrayList<>();
    private final List<Instance> queries = new ArrayList<>();

    private Services() {
    }

    /**
     * One after the other, each once the one before is healthy: the first command service migrates the event store,
     * the first query service its views' schema, and JVMs starting side by side on a busy machine each take longer
     * than their start-up patience allows.
     */
    static Services start(Path home, ThrowawayDatabase db, String heap, int instances, List<String> commandArguments)
            throws IOException, InterruptedException {
        Services services = new Services();
        try {
            for (int i = 0; i < instances; i++) {
                services.add(services.commands, start(home, db, heap, "command-service", commandArguments));
                services.add(services.queries, start(home, db, heap, "query-service", List.of()));
            }
            return services;
        } catch (IOException | RuntimeException | InterruptedException e) {
            services.close();
            throw e;
        }
    }

    private void add(List<Instance> kind, ServiceProcess service) throws IOException {
        try {
            kind.add(new Instance(service.name() + " " + (kind.size() + 1), service,
                    HeapWatch.of(service.pid())));
        } catch (IOException e) {
            service.close();
            throw e;
        }
    }

    /**
     * Longer than the tests' start-up patience: the benchmark is also run on a machine busy with other work, where a
     * service has been seen to need two minutes.
     */
    static final Duration START_PATIENCE = Duration.ofMinutes(5);
    private static final String MASTER_KEY = masterKey();

    private static String masterKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** One service ({@code command-service} or {@code query-service}) on the database, its heap fixed at {@code heap}. */
    static ServiceProcess start(Path home, ThrowawayDatabase db, String heap, String name, List<String> arguments)
            throws IOException, InterruptedException {
        ServiceProcess service = launch(home, db, heap, name, arguments);
        service.awaitHealthy(START_PATIENCE);
        return service;
    }

    /** The same, without waiting until it is healthy. */
    static ServiceProcess launch(Path home, ThrowawayDatabase db, String heap, String name, List<String> arguments)
            throws IOException {
        return launch(home, db, heap, ServiceCollector.options(), name, arguments);
    }

    /**
     * A query service rebuilding every view, started as README's "Rebuilding the views" says: a batch job, on the
     * JVM's default collector (G1), whose throughput it needs more than the short pauses the serving instances run on
     * ZGC for (tuning log: ZGC's rebuild took half as much CPU again).
     */
    static ServiceProcess launchRebuild(Path home, ThrowawayDatabase db, String heap, List<String> arguments)
            throws IOException {
        return launch(home, db, heap, List.of(), "query-service", arguments);
    }

    private static ServiceProcess launch(Path home, ThrowawayDatabase db, String heap, List<String> collector,
                                         String name, List<String> arguments) throws IOException {
        Map<String, String> environment = Map.of("DISPUTES_DB_URL", db.url(), "DISPUTES_DB_USER", db.user(),
                "DISPUTES_DB_PASSWORD", db.password(), "DISPUTES_SECURITY_DEMO_USERS", "true",
                // the benchmark's database is thrown away with its run, and so is this key
                "DISPUTES_MASTER_KEY", MASTER_KEY);
        Path jar = home.resolve(name).resolve("target").resolve(name + ".jar");
        return ServiceProcess.launch(jar, home.resolve("benchmark/target/service-logs"), ServiceProcess.freePort(),
                environment, jvmOptions(heap, collector), arguments);
    }

    /** A fixed heap, so that instances and runs compare, and the collector's options. */
    private static List<String> jvmOptions(String heap, List<String> collector) {
        List<String> options = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap));
        options.addAll(collector);
        return options;
    }

    int instances() {
        return commands.size();
    }

    /** The command instance serving case number {@code caseNumber}: round-robin, a case always to the same one. */
    ServiceProcess commandsFor(long caseNumber) {
        return commands.get((int) Math.floorMod(caseNumber, (long) commands.size())).process();
    }

    /** The query instance answering read number {@code read}: round-robin over them all. */
    ServiceProcess queriesFor(long read) {
        return queries.get((int) Math.floorMod(read, (long) queries.size())).process();
    }

    /**
     * Has every instance collect its whole heap, one after the other, and says how long each took:
     * {@code collected every heap: command-service 1 812 ms, ...}.
     */
    String collectEveryHeap() throws InterruptedException {
        List<String> took = new ArrayList<>();
        for (Instance instance : commandsThenQueries()) {
            took.add(String.format("%s %,d ms", instance.label(), instance.heap().collect().toMillis()));
        }
        return "collected every heap: " + String.join(", ", took);
    }

    /** Starts the heaps' account afresh (after the warm-up). */
    void resetHeapPeaks() {
        commandsThenQueries().forEach(instance -> instance.heap().reset());
    }

    /** The command instances, then the query instances. */
    private List<Instance> commandsThenQueries() {
        return Stream.concat(commands.stream(), queries.stream()).toList();
    }

    /** CPU milliseconds the command instances have used so far, together. */
    long commandCpuMillis() throws IOException {
        return sum(commands, ServiceProcess::cpuMillis);
    }

    /** CPU milliseconds the query instances have used so far, together. */
    long queryCpuMillis() throws IOException {
        return sum(queries, ServiceProcess::cpuMillis);
    }

    /** CPU milliseconds the command instances' JIT compilers have used so far, together. */
    long commandCompilingMillis() throws IOException {
        return sum(commands, ServiceProcess::compilingCpuMillis);
    }

    /** CPU milliseconds the query instances' JIT compilers have used so far, together. */
    long queryCompilingMillis() throws IOException {
        return sum(queries, ServiceProcess::compilingCpuMillis);
    }

    /** The CPU of every instance, command and query alike, and its JIT compilers' part of it: for the warm-up. */
    WarmUp.Gauges everyInstance() {
        return new WarmUp.Gauges() {
            @Override
            public long cpuMillis() throws IOException {
                return commandCpuMillis() + queryCpuMillis();
            }

            @Override
            public long compilingMillis() throws IOException {
                return commandCompilingMillis() + queryCompilingMillis();
            }
        };
    }

    /** A figure read from each instance's process. */
    private interface Reading {
        long of(ServiceProcess process) throws IOException;
    }

    private static long sum(List<Instance> instances, Reading reading) throws IOException {
        long total = 0;
        for (Instance instance : instances) {
            total += reading.of(instance.process());
        }
        return total;
    }

    /**
     * {@code command-service 1  peak heap used 312 MiB (of -Xmx1g), peak RSS 540 MiB; GC pauses 14, 1,530 ms in all,
     * longest 310 ms}, a line an instance.
     */
    String memory(String heap) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Instance instance : commandsThenQueries()) {
            lines.add(line(instance, heap));
        }
        return String.join("\n", lines);
    }

    private static String line(Instance instance, String heap) throws IOException {
        HeapWatch.Pauses pauses = instance.heap().pauses();
        return String.format("  %-17s peak heap used %,d MiB (of -Xmx%s), peak RSS %,d MiB; GC pauses %,d, "
                        + "%,d ms in all, longest %,d ms", instance.label(), instance.heap().peakUsedBytes() >> 20,
                heap, instance.process().peakResidentKiB() >> 10, pauses.count(), pauses.totalMillis(),
                pauses.longestMillis());
    }

    @Override
    public void close() throws IOException {
        for (Instance instance : queries) {
            instance.heap().close();
            instance.process().close();
        }
        for (Instance instance : commands) {
            instance.heap().close();
            instance.process().close();
        }
    }
}
