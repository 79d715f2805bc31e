package org.disputes.acceptance;

import org.disputes.localdb.ThrowawayDatabase;
import org.disputes.process.ServiceProcess;
import org.disputes.testsupport.DemoUsers;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole history streams out in constant memory: 200,000 stored events exported as NDJSON by a query service
 * whose heap is capped at 256 MiB, on a database of its own. Prints the figures it measured: the heap from the JVM's own memory beans (over
 * JMX on the loopback), resident memory only where the machine has a {@code /proc} to read it from.
 */
class ExportTest {

    static final int EVENTS = 200_000;

    @Test
    void twoHundredThousandEventsStreamWithTheHeapCappedAt256MiB() throws Exception {
        // a database of its own: every processor of the stories' services would read the filler events too, and
        // the stories after this one would wait minutes behind that work
        try (ThrowawayDatabase database = ThrowawayDatabase.create()) {
            Map<String, String> environment = Map.of("DISPUTES_DB_URL", database.url(),
                    "DISPUTES_DB_USER", database.user(), "DISPUTES_DB_PASSWORD", database.password());
            // the command service migrates the event store's schema; nothing else of it is needed here
            RunningSystem.start("command-service", environment, ServiceProcess.freePort(), List.of(), List.of()).close();
            try (Connection db = connect(database)) {
                // one long stream of filler events under an aggregate type no projection reads; the chain is real
                db.createStatement().execute("""
                        insert into command.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, timestamp, payload_type, payload, meta_data)
                        select gen_random_uuid()::text, 'export-benchmark', g, 'ExportBenchmark',
                               to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                               'org.disputes.benchmark.Filler',
                               convert_to('{"n":' || g || ',"note":"' || repeat('x', 200) || '"}', 'UTF8'),
                               convert_to('{"actor":"benchmark","role":"NONE"}', 'UTF8')
                        from generate_series(0, %d) g""".formatted(EVENTS - 1));
            }
            assertThat(storedEvents(database)).isEqualTo(EVENTS);

            int jmxPort = ServiceProcess.freePort();
            try (ServiceProcess queries = RunningSystem.start("query-service", environment, ServiceProcess.freePort(),
                    List.of("-Xmx256m",
                            // the JVM's own memory account, read over JMX on the loopback: no /proc needed
                            "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                            "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                            "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Djava.rmi.server.hostname=127.0.0.1",
                            "-Dcom.sun.management.jmxremote.authenticate=false",
                            "-Dcom.sun.management.jmxremote.ssl=false"),
                    List.of())) {
                export(queries, jmxPort);
            }
        }
    }

    private static void export(ServiceProcess queries, int jmxPort) throws Exception {
        long started = System.nanoTime();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(queries.uri("/api/audit/events"))
                        .header("Authorization", DemoUsers.basic("auditor"))
                        .timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        long lines = 0;
        long bytes = 0;
        boolean lastFillerSeen = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                bytes += line.length() + 1;
                lastFillerSeen |= line.contains("\"caseId\":\"export-benchmark\"")
                        && line.contains("\"sequence\":" + (EVENTS - 1));
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Heap heap = heapOf(jmxPort);

        assertThat(lines).as("every stored event, once").isEqualTo(EVENTS);
        assertThat(lastFillerSeen).isTrue();
        assertThat(heap.max()).as("the service's heap is capped").isLessThanOrEqualTo(256L << 20);
        assertThat(heap.peakUsed()).as("the heap was used, and the service survived the export").isPositive();
        // the kernel's account of resident memory where there is a /proc to read it from
        String rss = Files.isReadable(Path.of("/proc/self/status"))
                ? ", peak RSS %.0f MiB".formatted(queries.peakResidentKiB() / 1024.0) : "";
        System.out.printf("export: %d events, %.1f MiB of NDJSON in %d ms (%.0f events/s); query service -Xmx256m,"
                        + " peak heap (sum of the pools' peaks) %.0f MiB%s%n", lines, bytes / 1048576.0,
                took.toMillis(), lines / (took.toNanos() / 1e9), heap.peakUsed() / 1048576.0, rss);
    }

    /** The heap's cap and the sum of its pools' peak use, as the service's JVM accounts for them. */
    record Heap(long max, long peakUsed) {
    }

    private static Heap heapOf(int jmxPort) throws Exception {
        try (JMXConnector jmx = JMXConnectorFactory.connect(
                new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            long peak = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            return new Heap(memory.getHeapMemoryUsage().getMax(), peak);
        }
    }

    private static Connection connect(ThrowawayDatabase database) throws java.sql.SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private static long storedEvents(ThrowawayDatabase database) throws Exception {
        try (Connection db = connect(database);
             var count = db.createStatement().executeQuery("select count(*) from command.domain_event_entry")) {
            count.next();
            return count.getLong(1);
        }
    }
}
