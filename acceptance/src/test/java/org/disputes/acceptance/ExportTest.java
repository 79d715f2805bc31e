package org.disputes.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole history streams out in constant memory: 200,000 stored events exported as NDJSON by a query service
 * whose heap is capped at 256 MiB. Prints the figures it measured.
 */
class ExportTest {

    static final int EVENTS = 200_000;

    @BeforeAll
    static void start() throws Exception {
        RunningSystem.get();
    }

    @Test
    void twoHundredThousandEventsStreamWithTheHeapCappedAt256MiB() throws Exception {
        long before = storedEvents();
        try (Connection db = DriverManager.getConnection(System.getProperty("DISPUTES_DB_URL"),
                System.getProperty("DISPUTES_DB_USER"), System.getProperty("DISPUTES_DB_PASSWORD"))) {
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
        long total = storedEvents();
        assertThat(total - before).isEqualTo(EVENTS);

        RunningSystem system = RunningSystem.get();
        system.restartQueries(List.of("-Xmx256m"), List.of());
        long started = System.nanoTime();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(system.queryProcess().uri("/api/audit/events"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString("auditor:auditor-demo".getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        long lines = 0;
        long bytes = 0;
        String last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                bytes += line.length() + 1;
                last = line;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long peakKiB = system.queryProcess().peakResidentKiB();

        assertThat(lines).isEqualTo(total);
        assertThat(last).contains("\"caseId\":\"export-benchmark\"").contains("\"sequence\":" + (EVENTS - 1));
        System.out.printf("export: %d events, %.1f MiB of NDJSON in %d ms (%.0f events/s); query service -Xmx256m,"
                        + " peak RSS %.0f MiB%n", lines, bytes / 1048576.0, took.toMillis(),
                lines / (took.toNanos() / 1e9), peakKiB / 1024.0);
        system.restartQueries(List.of());
    }

    private static long storedEvents() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("DISPUTES_DB_URL"),
                System.getProperty("DISPUTES_DB_USER"), System.getProperty("DISPUTES_DB_PASSWORD"));
             var count = db.createStatement().executeQuery("select count(*) from command.domain_event_entry")) {
            count.next();
            return count.getLong(1);
        }
    }
}
