package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command services and two query services on one database (README, "How it grows"): a desk works through both
 * command services while the one holding the adjudication saga's segments is killed outright (SIGKILL) and started
 * again, twice. Afterwards no acknowledged command is lost, no case is decided or refunded twice, every deadline fell
 * once, every view equals the fold of its events on both query services, no instance answers from stale state, a
 * request repeated on the other instance under its {@code Idempotency-Key} gets the first answer, and the four
 * services' connections stay well under PostgreSQL's default 100.
 */
class SeveralInstancesTest {

    private static final int KILLS = 2;
    private static final int AGENTS = 3;
    /** Each agent files a claim about every 1.5 s: a few claims a second over both instances, four JVMs on two cores. */
    private static final Duration PACE = Duration.ofMillis(1500);
    /** Commands each instance acknowledges before a kill, and the restarted one after it: the load is on. */
    private static final int ACKS_BETWEEN_KILLS = 6;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int SAGA_SEGMENTS = 8;
    /** Two command services of 16 and two query services of 8 take at most 48. */
    private static final long CONNECTION_BOUND = 60;

    @Test
    void twoCommandAndTwoQueryServicesShareOneDatabaseThroughKills() throws Exception {
        Instant began = Instant.now();
        try (SeveralInstances system = SeveralInstances.start();
             ConnectionWatch connections = new ConnectionWatch(system)) {
            log("four services started in %s s; %d connections", seconds(began), connections.now());
            int first = Poll.until(system::sagaHolder, h -> h >= 0, PATIENCE, POLL);
            assertThat(first).as("one command service claims every segment of the saga").isNotNegative();

            SeveralInstancesDesk desk = new SeveralInstancesDesk(system, AGENTS, PACE);
            desk.open();
            Instant loadBegan = Instant.now();
            try {
                for (int kill = 1; kill <= KILLS; kill++) {
                    awaitWork(desk, 0, 1);
                    killTheSagasHolderAndRestartIt(system, desk, kill);
                }
            } finally {
                desk.close();
            }
            log("load of %s s: %d claims tried; commands acknowledged by instance 0 / 1: %d / %d, unanswered %s; "
                            + "%d filings repeated alike on the other instance; %d lead refunds, %d lead denials",
                    seconds(loadBegan), desk.claimsTried(), desk.acknowledged(0), desk.acknowledged(1),
                    desk.unanswered, desk.repeatsAnsweredAlike.get(), desk.refundedByLead.size(),
                    desk.deniedByLead.size());

            assertThat(desk.surprises).as("answers no instance should give").isEmpty();
            long acks = desk.acks.size();
            assertThat(desk.acknowledged(0)).as("the load is spread over both command services (of %d)", acks)
                    .isGreaterThanOrEqualTo(acks / 5);
            assertThat(desk.acknowledged(1)).as("the load is spread over both command services (of %d)", acks)
                    .isGreaterThanOrEqualTo(acks / 5);
            assertThat(desk.repeatsAnsweredAlike.get()).as("filings repeated on the other instance under their key")
                    .isGreaterThanOrEqualTo(10);
            assertThat(desk.refundedByLead).as("refunds asked of both instances at once").isNotEmpty();
            assertThat(desk.deniedByLead).as("denials").isNotEmpty();

            try (Connection db = system.connect()) {
                Set<String> cases = filedCases(db);
                log("%d cases in the event store", cases.size());
                // every response window fell, and every denial's appeal window closed it
                Poll.until(() -> eventCounts(db, cases),
                        counts -> cases.stream().allMatch(c -> count(counts, c, "CaseDecided") > 0)
                                && desk.deniedByLead.stream().allMatch(c -> count(counts, c, "CaseClosed") > 0),
                        PATIENCE, Duration.ofMillis(500));
                Deadlines left = Poll.until(() -> deadlines(db), d -> d.due() == 0 && d.picked() == 0,
                        Duration.ofSeconds(60), Duration.ofMillis(500));
                assertThat(left).as("no deadline left due or picked").isEqualTo(new Deadlines(0, 0));
                Map<String, Map<String, Long>> events = eventCounts(db, cases);

                for (String caseId : cases) {
                    assertThat(count(events, caseId, "CaseDecided")).as("decisions of %s by its window", caseId)
                            .isEqualTo(1);
                    assertThat(count(events, caseId, "EscalatedCaseDecided")).as("lead decisions of %s", caseId)
                            .isLessThanOrEqualTo(1);
                    assertThat(count(events, caseId, "RefundIssued")).as("refunds of %s", caseId)
                            .isLessThanOrEqualTo(1);
                    assertThat(count(events, caseId, "CaseClosed")).as("closings of %s", caseId)
                            .isLessThanOrEqualTo(1);
                }
                for (String caseId : desk.refundedByLead) {
                    assertThat(count(events, caseId, "RefundIssued")).as("refund of %s", caseId).isEqualTo(1);
                }
                for (String caseId : desk.deniedByLead) {
                    assertThat(count(events, caseId, "EscalatedCaseDecided")).as("lead decision of %s", caseId)
                            .isEqualTo(1);
                    assertThat(count(events, caseId, "CaseClosed")).as("closing of %s", caseId).isEqualTo(1);
                    assertThat(count(events, caseId, "RefundIssued")).as("refund of %s", caseId).isZero();
                }
                everyAcknowledgedCommandIsStored(db, desk);

                Set<String> closed = withEvent(events, "CaseClosed");
                Set<String> refunded = withEvent(events, "RefundIssued");
                noInstanceAnswersFromStaleState(system, closed, refunded);
                everyViewIsTheFoldOfItsEvents(system, cases);
            }
            log("connections of the four services: peak %d (bound %d), %d at the end", connections.peak(),
                    CONNECTION_BOUND, connections.now());
            assertThat(connections.peak()).as("connections of two command and two query services")
                    .isPositive().isLessThanOrEqualTo(CONNECTION_BOUND);
        } finally {
            log("took %s s", seconds(began));
        }
    }

    /** Until both instances have acknowledged more commands since {@code from}: the load is on. */
    private static void awaitWork(SeveralInstancesDesk desk, int... instances) throws Exception {
        for (int instance : instances) {
            long from = desk.acknowledged(instance);
            long now = Poll.until(() -> desk.acknowledged(instance), n -> n >= from + ACKS_BETWEEN_KILLS, PATIENCE,
                    POLL);
            assertThat(now).as("commands instance %d acknowledged", instance)
                    .isGreaterThanOrEqualTo(from + ACKS_BETWEEN_KILLS);
        }
    }

    private static void killTheSagasHolderAndRestartIt(SeveralInstances system, SeveralInstancesDesk desk, int kill)
            throws Exception {
        int holder = Poll.until(system::sagaHolder, h -> h >= 0, PATIENCE, POLL);
        assertThat(holder).as("a command service holds the saga's segments").isNotNegative();
        long killed = system.commandProcess(holder).pid();
        system.kill(holder);
        Instant at = Instant.now();
        log("kill %d: SIGKILL to command service %d (pid %d), holding the saga's segments", kill, holder, killed);
        // the other instance takes every segment over once the dead one's claims expire
        int survivor = 1 - holder;
        int taker = Poll.until(system::sagaHolder, h -> h == survivor, PATIENCE, POLL);
        assertThat(taker).as("the instance holding every saga segment after the kill").isEqualTo(survivor);
        log("kill %d: command service %d took the saga's segments over in %s s", kill, survivor, seconds(at));
        system.restart(holder);
        log("kill %d: command service %d started again %s s after the kill (pid %d)", kill, holder, seconds(at),
                system.commandProcess(holder).pid());
        awaitWork(desk, holder);
    }

    /** Every 201 or 202 a client got is in the event store, at the version it answered. */
    private static void everyAcknowledgedCommandIsStored(Connection db, SeveralInstancesDesk desk) throws SQLException {
        Set<String> cases = new LinkedHashSet<>();
        desk.acks.forEach(ack -> cases.add(ack.caseId()));
        Map<String, List<Stored>> histories = histories(db, cases);
        for (SeveralInstancesDesk.Ack ack : desk.acks) {
            List<Stored> history = histories.getOrDefault(ack.caseId(), List.of());
            assertThat(history.size()).as("events of %s, acknowledged %s", ack.caseId(), ack)
                    .isGreaterThanOrEqualTo((int) ack.version());
            List<Stored> upToIt = history.subList(0, (int) ack.version());
            switch (ack.what()) {
                case "filed" -> assertThat(upToIt.get(0).type()).as("%s", ack).isEqualTo("DeliveryClaimFiled");
                case "evidence" -> assertThat(upToIt).as("%s", ack).anyMatch(e -> e.type().equals("EvidenceSubmitted")
                        && e.payload().contains(ack.evidenceId()));
                case "lead-refund" -> assertThat(upToIt).as("%s", ack)
                        .anyMatch(e -> e.type().equals("EscalatedCaseDecided"))
                        .anyMatch(e -> e.type().equals("RefundIssued"));
                case "lead-deny" -> assertThat(upToIt).as("%s", ack)
                        .anyMatch(e -> e.type().equals("EscalatedCaseDecided"));
                default -> throw new AssertionError("unknown acknowledgement " + ack);
            }
        }
        log("%d acknowledged commands found in the event store at their versions", desk.acks.size());
    }

    /**
     * Evidence to a closed case is refused by both command services; evidence to a refunded case is accepted by
     * both, each answering the version the other's write left.
     */
    private static void noInstanceAnswersFromStaleState(SeveralInstances system, Set<String> closed,
                                                        Set<String> refunded) throws Exception {
        assertThat(closed).as("cases closed by their appeal window").isNotEmpty();
        for (String caseId : closed) {
            for (int i = 0; i < 2; i++) {
                Api.Response refused = system.commands(i).post("/api/cases/" + caseId + "/evidence", "agent",
                        Stories.evidence("CUSTOMER", "CCTV_FOOTAGE", Map.of("coversDeliveryWindow", true)));
                assertThat(refused.status()).as("evidence to closed %s on instance %d: %s", caseId, i, refused.text())
                        .isEqualTo(409);
                assertThat(refused.at("/code")).isEqualTo("CASE_CLOSED");
            }
        }
        assertThat(refunded).as("refunded cases").isNotEmpty();
        for (String caseId : refunded.stream().limit(3).toList()) {
            long version = -1;
            for (int i = 0; i < 2; i++) {
                Api.Response added = system.commands(i).post("/api/cases/" + caseId + "/evidence", "carrier",
                        Stories.evidence("CARRIER", "CARRIER_SCAN", Map.of()));
                assertThat(added.status()).as("evidence to refunded %s on instance %d: %s", caseId, i, added.text())
                        .isEqualTo(202);
                long answered = Long.parseLong(added.at("/version"));
                if (version >= 0) {
                    assertThat(answered).as("version after the other instance's write to %s", caseId)
                            .isEqualTo(version + 1);
                }
                version = answered;
            }
        }
        log("evidence refused CASE_CLOSED by both instances on %d closed cases, accepted in turn on refunded ones",
                closed.size());
    }

    /** Each case read from both query services equals the audit API's fold of its stored events. */
    private static void everyViewIsTheFoldOfItsEvents(SeveralInstances system, Set<String> cases) throws Exception {
        String now = Instant.now().toString();
        int i = 0;
        for (String caseId : cases) {
            Api.Response fold = system.queries(i++ % 2).get("/api/audit/cases/" + caseId + "/state?asOf=" + now,
                    "auditor");
            assertThat(fold.status()).as("the audit API's fold of %s: %s", caseId, fold.text()).isEqualTo(200);
            for (int q = 0; q < 2; q++) {
                Api queries = system.queries(q);
                JsonNode view = Poll.until(() -> queries.get("/api/cases/" + caseId, "auditor").body(),
                        v -> v.equals(fold.body()), Duration.ofSeconds(30), POLL);
                assertThat(view).as("%s on query service %d", caseId, q).isEqualTo(fold.body());
            }
        }
        log("%d cases read alike from both query services and the audit API", cases.size());
    }

    record Stored(long sequence, String type, String payload) {
    }

    record Deadlines(long due, long picked) {
    }

    private static Set<String> filedCases(Connection db) throws SQLException {
        Set<String> cases = new LinkedHashSet<>();
        try (var filed = db.prepareStatement("""
                select aggregate_identifier from command.domain_event_entry
                where sequence_number = 0 and payload_type like '%.DeliveryClaimFiled' order by global_index""");
             var rs = filed.executeQuery()) {
            while (rs.next()) {
                cases.add(rs.getString(1));
            }
        }
        return cases;
    }

    /** The events of each case, in sequence, their type without its package. */
    private static Map<String, List<Stored>> histories(Connection db, Set<String> cases) throws SQLException {
        Map<String, List<Stored>> histories = new HashMap<>();
        try (var events = db.prepareStatement("""
                select aggregate_identifier, sequence_number, payload_type, convert_from(payload, 'UTF8')
                from command.domain_event_entry where aggregate_identifier = any(?)
                order by aggregate_identifier, sequence_number""")) {
            events.setArray(1, db.createArrayOf("varchar", cases.toArray()));
            try (var rs = events.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3);
                    histories.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new Stored(rs.getLong(2),
                            type.substring(type.lastIndexOf('.') + 1), rs.getString(4)));
                }
            }
        }
        histories.forEach((caseId, history) -> {
            for (int s = 0; s < history.size(); s++) {
                assertThat(history.get(s).sequence()).as("sequence of %s", caseId).isEqualTo(s);
            }
        });
        return histories;
    }

    /** How many events of each type each case has. */
    private static Map<String, Map<String, Long>> eventCounts(Connection db, Set<String> cases) throws SQLException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        histories(db, cases).forEach((caseId, history) -> history.forEach(event -> counts
                .computeIfAbsent(caseId, c -> new TreeMap<>()).merge(event.type(), 1L, Long::sum)));
        return counts;
    }

    private static long count(Map<String, Map<String, Long>> counts, String caseId, String type) {
        return counts.getOrDefault(caseId, Map.of()).getOrDefault(type, 0L);
    }

    private static Set<String> withEvent(Map<String, Map<String, Long>> counts, String type) {
        Set<String> cases = new LinkedHashSet<>();
        counts.forEach((caseId, types) -> {
            if (types.containsKey(type)) {
                cases.add(caseId);
            }
        });
        return cases;
    }

    /** Deadlines that fell and are not done (picked or not), and those an instance picked and has not finished. */
    private static Deadlines deadlines(Connection db) throws SQLException {
        try (var count = db.prepareStatement("""
                select count(*) filter (where execution_time <= now()), count(*) filter (where picked)
                from command.scheduled_tasks""");
             var rs = count.executeQuery()) {
            rs.next();
            return new Deadlines(rs.getLong(1), rs.getLong(2));
        }
    }

    /** The four services' connections to the test's database, sampled every 200 ms: the most seen. */
    private static final class ConnectionWatch implements AutoCloseable {
        private final SeveralInstances system;
        private final Connection db;
        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        ConnectionWatch(SeveralInstances system) throws SQLException {
            this.system = system;
            this.db = system.connect();
            sampler.scheduleWithFixedDelay(this::sample, 0, 200, TimeUnit.MILLISECONDS);
        }

        long now() throws SQLException {
            synchronized (db) {
                return system.connections(db);
            }
        }

        long peak() {
            return peak.get();
        }

        private void sample() {
            try {
                peak.accumulateAndGet(now(), Math::max);
            } catch (SQLException e) {
                System.err.println("connections not sampled: " + e.getMessage());
            }
        }

        @Override
        public void close() throws Exception {
            sampler.shutdownNow();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
            db.close();
        }
    }

    private static String seconds(Instant since) {
        return String.format("%.1f", Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    private static void log(String format, Object... args) {
        System.out.println("SeveralInstancesTest: " + String.format(format, args));
    }
}
