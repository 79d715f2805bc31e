package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL itself commits on this machine: pgbench appending one event row per transaction (synchronous
 * commit, the event table's own shape and unique indexes, a claim-sized payload) from as many clients as the load
 * uses. The system's command rate is reported as a share of it.
 */
final class PgbenchCeiling {

    static final String SCHEMA = "pgbench_ceiling";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** A claim as the event store holds one, about the size of a real DeliveryClaimFiled payload. */
    private static final String PAYLOAD = "{\"caseId\":\"0b9e7c9a-4a51-4c1e-9a55-3b8f1f0e2d11\",\"orderId\":\"IT-403-2291\","
            + "\"customerId\":\"CUST-77\",\"sellerId\":\"SELLER-1\",\"carrierId\":\"CARRIER-1\",\"courierId\":\"COURIER-19\","
            + "\"jurisdiction\":\"FR\",\"deliveryMethod\":\"SECURE_OTP\",\"amount\":{\"value\":\"1229.00\",\"currency\":\"EUR\"},"
            + "\"tenders\":[{\"method\":\"CARD\",\"amount\":\"1000.00\"},{\"method\":\"GIFT_CARD\",\"amount\":\"229.00\"}],"
            + "\"carrierReportedDeliveredAt\":\"2024-06-25T15:40:00Z\",\"statement\":\"The courier phoned, said my code"
            + " was invalid, and never came back.\",\"filedAt\":\"2026-11-23T10:15:30.123Z\",\"responseDueBy\":"
            + "\"2026-11-26T10:15:30.123Z\"}";
    private static final String META_DATA = "{\"actor\":\"agent\",\"role\":\"AGENT\",\"traceId\":"
            + "\"5b1f2c0e-8d7a-4e3b-9c61-2f4a7d9e0b13\",\"correlationId\":\"5b1f2c0e-8d7a-4e3b-9c61-2f4a7d9e0b13\"}";

    record Result(double appendsPerSecond, int clients, Duration duration) {
    }

    private PgbenchCeiling() {
    }

    static Result measure(ThrowawayDatabase db, int clients, Duration duration) throws Exception {
        try (Connection connection = db.server().connect(db.name()); Statement sql = connection.createStatement()) {
            sql.execute("create schema " + SCHEMA);
            sql.execute("""
                    create table %s.event_append (
                        global_index bigserial primary key, event_identifier varchar(255) not null unique,
                        aggregate_identifier varchar(255) not null, sequence_number bigint not null,
                        type varchar(255), timestamp varchar(255) not null, payload_type varchar(255) not null,
                        payload_revision varchar(255), payload bytea not null, meta_data bytea,
                        unique (aggregate_identifier, sequence_number))""".formatted(SCHEMA));
        }
        Path script = Files.createTempFile("event-append", ".sql");
        try {
            Files.writeString(script, """
                    insert into %s.event_append (event_identifier, aggregate_identifier, sequence_number, type, timestamp,
                        payload_type, payload, meta_data)
                    values (gen_random_uuid()::text, gen_random_uuid()::text, 0, 'DisputeCase', now()::text,
                        'org.disputes.api.claim.DeliveryClaimFiled', convert_to('%s', 'UTF8'), convert_to('%s', 'UTF8'));
                    """.formatted(SCHEMA, PAYLOAD, META_DATA), StandardCharsets.UTF_8);
            ProcessBuilder pgbench = new ProcessBuilder(List.of("pgbench", "-n", "-M", "prepared",
                    "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, cores())),
                    "-T", String.valueOf(duration.toSeconds()), "-f", script.toString(),
                    "-h", db.server().host(), "-p", String.valueOf(db.server().port()), "-U", db.user(), db.name()))
                    .redirectErrorStream(true);
            pgbench.environment().put("PGPASSWORD", db.password());
            Process process;
            try {
                process = pgbench.start();
            } catch (IOException e) {
                throw new IllegalStateException("pgbench is not installed (Debian: postgresql-client); it measures"
                        + " PostgreSQL's own append rate", e);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            return new Result(tps(output), clients, duration);
        } finally {
            Files.deleteIfExists(script);
            try (Connection connection = db.server().connect(db.name()); Statement sql = connection.createStatement()) {
                sql.execute("drop schema " + SCHEMA + " cascade");
            }
        }
    }

    /** The transactions per second pgbench reports, excluding connection set-up. */
    static double tps(String pgbenchOutput) {
        Matcher tps = TPS.matcher(pgbenchOutput);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate:\n" + pgbenchOutput);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
