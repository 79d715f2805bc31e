package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view can be rebuilt from the event store alone: after the views are damaged, a query service started
 * with {@code --disputes.query.rebuild=true} produces exactly the views the live projection had.
 */
class ViewRebuildTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void rebuildingFromTheEventStoreYieldsViewsIdenticalToTheLiveOnes() throws Exception {
        long lastVersion = 0;
        String lastCase = null;
        for (int i = 0; i < 3; i++) {
            Api.Response filed = system.commands().post("/api/delivery-claims", "agent",
                    Stories.deliveryClaim(Stories.uniqueCustomer()));
            lastCase = filed.at("/caseId");
            for (String type : List.of("CARRIER_SCAN", "GPS_SCAN")) {
                Api.Response added = system.commands().post("/api/cases/" + lastCase + "/evidence", "carrier",
                        Stories.evidence("CARRIER", type, Map.of("distanceMeters", 15)));
                lastVersion = Long.parseLong(added.at("/version"));
            }
        }
        assertThat(system.queries().get("/api/cases/" + lastCase + "?minVersion=" + lastVersion, "agent").status())
                .isEqualTo(200);
        awaitEveryCaseDecidedAndProjected();
        List<String> live = views();
        assertThat(live).hasSizeGreaterThanOrEqualTo(3);
        List<String> indexes = viewIndexes();

        try (Connection db = database()) {
            db.createStatement().execute("""
                    update query.case_view set status = 'CLOSED', view = '{}'::json, seller_id = null,
                                               carrier_id = null, decided_by = null, decided_at = null""");
            db.createStatement().execute("delete from query.case_timeline where sequence > 0");
            db.createStatement().execute("delete from query.courier_flag");
        }
        assertThat(views()).isNotEqualTo(live);
        long rebuildAsked = number("select cast(extract(epoch from clock_timestamp()) * 1000 as bigint)");

        // a progress line every page (every few seconds but here, where the whole store is a page or two)
        system.restartQueries(List.of("--disputes.query.rebuild=true", "--disputes.query.rebuild-progress=PT0S"));

        assertThat(Poll.until(ViewRebuildTest::views, live::equals, Duration.ofSeconds(30))).isEqualTo(live);
        assertThat(system.queryProcess().awaitLogged("Rebuilding the views: ", Duration.ofSeconds(5)))
                .containsPattern("Rebuilding the views: [\\d,]+ of [\\d,]+ events \\(\\d+%\\), [\\d,]+ events/s, .+ left");

        // the rebuild read the whole store itself, then handed the processor the position after its last event
        assertThat(system.queryProcess().awaitLogged("Rebuilt every view", Duration.ofSeconds(5)))
                .contains("from " + storedEvents() + " events");
        assertThat(tokenTypes()).containsOnly("org.axonframework.eventhandling.GapAwareTrackingToken");
        // the indexes it dropped while it loaded the views are all back, as they were, the timeline's primary key too
        assertThat(viewIndexes()).isEqualTo(indexes).hasSizeGreaterThan(2);
        assertThat(timelinePrimaryKey()).isEqualTo(List.of("PRIMARY KEY (case_id, sequence)"));
        assertThat(deferredIndexes()).isZero();
        // and analyzed the tables it filled: their statistics were those of empty tables
        assertThat(notAnalyzedSince(rebuildAsked)).as("tables the rebuild filled and did not analyze").isEmpty();
        // and a claim filed now is projected like any other
        String filedAfter = system.commands().post("/api/delivery-claims", "agent",
                Stories.deliveryClaim(Stories.uniqueCustomer())).at("/caseId");
        assertThat(system.queries().get("/api/cases/" + filedAfter + "?minVersion=1", "agent").status())
                .isEqualTo(200);
        assertThat(Poll.until(ViewRebuildTest::eventsNotYetProjected, n -> n == 0, Duration.ofSeconds(10)))
                .as("events the query service has not projected since the rebuild").isZero();
    }

    @Test
    void anIndexARebuildCutShortLeftUnbuiltIsBuiltBeforeTheServiceAnswers() throws Exception {
        List<String> indexes = viewIndexes();
        try (Connection db = database()) {
            // what a rebuild killed while it loads the views leaves behind
            db.createStatement().execute("""
                    insert into query.deferred_index (name, definition)
                    select indexname, indexdef from pg_indexes
                    where schemaname = 'query' and indexname = 'case_view_by_courier'""");
            db.createStatement().execute("drop index query.case_view_by_courier");
            // and the timeline's primary key, which it drops while it loads the timeline
            db.createStatement().execute("""
                    insert into query.deferred_index (name, definition) values ('case_timeline_pkey', 'alter table'
                    || ' query.case_timeline add constraint "case_timeline_pkey" PRIMARY KEY (case_id, sequence)')""");
            db.createStatement().execute("alter table query.case_timeline drop constraint case_timeline_pkey");
        }
        assertThat(viewIndexes()).hasSize(indexes.size() - 2);
        assertThat(timelinePrimaryKey()).isEmpty();

        system.restartQueries(List.of());

        assertThat(system.queryProcess().awaitLogged("Built 2 of the views' indexes", Duration.ofSeconds(5)))
                .contains("a rebuild cut short");
        assertThat(viewIndexes()).isEqualTo(indexes);
        assertThat(timelinePrimaryKey()).isEqualTo(List.of("PRIMARY KEY (case_id, sequence)"));
        assertThat(deferredIndexes()).isZero();
    }

    /**
     * A rebuild refills every table the query side fills from events, whichever projection fills it: every table of
     * the schema but the processor's tokens, its dead letters and the rebuild's own bookkeeping is emptied, and must come back as it
     * was. A projection the rebuild left out would leave its tables empty.
     */
    @Test
    void aRebuildRestoresEveryTableTheQuerySideFills() throws Exception {
        // a courier of its own, so its flag and its referral are this test's: a code given away by phone (filed
        // again should the short window close before the evidence arrives, as on a loaded machine), then refunded
        // cases up to the pattern, each decided before the next is filed
        String courier = "COURIER-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        int refunded = 0;
        boolean flagged = false;
        for (int attempt = 0; attempt < 5 && !flagged; attempt++) {
            String caseId = Steps.file(claimAgainst(courier));
            Steps.addEvidence(caseId, "agent",
                    Stories.evidence("CUSTOMER", "COMMUNICATION_LOG", Map.of("otpRequestedRemotely", true)));
            JsonNode view = Steps.awaitStatus(caseId, "REFUNDED");
            flagged = Steps.texts(view.get("signals")).contains("OTP_REMOTE_DISCLOSURE");
            refunded++;
        }
        assertThat(flagged).as("a case flagging the courier").isTrue();
        for (; refunded < 3; refunded++) {
            Steps.awaitStatus(Steps.file(claimAgainst(courier)), "REFUNDED");
        }
        assertThat(Poll.until(() -> number("select count(*) from query.courier_referral where courier_id = '"
                + courier + "'"), n -> n == 1, Duration.ofSeconds(20))).as("the courier's referral").isEqualTo(1);
        // and a scam report, so that the scam contacts' tables hold rows of this test's too
        // +33 1 followed by any eight digits is a valid (Paris) number
        String reporter = Stories.uniqueCustomer();
        String contactId = Steps.reportScamContact(reporter, "+33 1 "
                + String.valueOf(10_000_000 + Math.floorMod(courier.hashCode(), 90_000_000)));
        assertThat(Poll.until(() -> number("select count(*) from query.scam_contact_history where contact_id = '"
                + contactId + "'"), n -> n >= 1, Duration.ofSeconds(20))).as("the scam contact's history").isPositive();
        // and the reporter's erasure, so that the register holds a row of this test's, and the report's description
        // was blanked live as a rebuild makes it (docs/PRIVACY.md)
        Api.Response erased = system.commands().post("/api/customers/" + reporter + "/erasure", "dpo",
                Map.of("reference", "DSR-REBUILD", "basis", "GDPR art. 17(1)(a)"));
        assertThat(erased.status()).as(erased.text()).isEqualTo(202);
        assertThat(Poll.until(() -> number("select count(*) from query.erasure where customer_id = '" + reporter + "'"),
                n -> n == 1, Duration.ofSeconds(20))).as("the reporter's erasure in the register").isEqualTo(1);
        awaitEveryCaseDecidedAndProjected();
        List<String> tables = projectedTables();
        assertThat(tables).contains("case_view", "case_timeline", "courier_flag", "courier_referral");
        Map<String, List<String>> live = contents(tables);
        assertThat(live).allSatisfy((table, rows) -> assertThat(rows).as("rows of query.%s", table).isNotEmpty());

        try (Connection db = database()) {
            db.createStatement().execute("truncate " + String.join(", ", tables.stream().map(t -> "query." + t)
                    .toList()));
        }
        assertThat(contents(tables)).allSatisfy((table, rows) -> assertThat(rows).isEmpty());

        system.restartQueries(List.of("--disputes.query.rebuild=true"));

        system.queryProcess().awaitLogged("Rebuilt every view", Duration.ofSeconds(30));
        assertThat(contents(tables)).isEqualTo(live);
    }

    private static Map<String, Object> claimAgainst(String courier) {
        Map<String, Object> claim = new java.util.LinkedHashMap<>(Stories.deliveryClaim(Stories.uniqueCustomer()));
        claim.put("courierId", courier);
        return claim;
    }

    /** Every table of schema {@code query} but the event processor's tokens and the rebuild's deferred indexes. */
    private static List<String> projectedTables() throws SQLException {
        return column("""
                select table_name from information_schema.tables
                where table_schema = 'query' and table_type = 'BASE TABLE'
                  and table_name not in ('token_entry', 'deferred_index', 'flyway_schema_history',
                                         'dead_letter_entry')
                order by 1""");
    }

    /** Each table's rows, every column, as text in a stable order. */
    private static Map<String, List<String>> contents(List<String> tables) throws SQLException {
        Map<String, List<String>> contents = new java.util.TreeMap<>();
        for (String table : tables) {
            contents.put(table, column("select t::text from query." + table + " t order by 1"));
        }
        return contents;
    }

    /** The definitions of the indexes of the views' and the timeline's tables. */
    private static List<String> viewIndexes() throws SQLException {
        return column("select indexdef from pg_indexes where schemaname = 'query'"
                + " and tablename in ('case_view', 'case_timeline') order by 1");
    }

    /** The timeline's primary key, as a constraint (not merely a unique index). */
    private static List<String> timelinePrimaryKey() throws SQLException {
        return column("select pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = cast('query.case_timeline' as regclass) and contype = 'p'");
    }

    /** The projected tables that no ANALYZE has gone through since {@code epochMillis}. */
    private static List<String> notAnalyzedSince(long epochMillis) throws SQLException {
        List<String> analyzed = column("select relname from pg_stat_user_tables where schemaname = 'query'"
                + " and last_analyze >= to_timestamp(" + epochMillis + " / 1000.0)");
        List<String> notAnalyzed = new ArrayList<>(projectedTables());
        notAnalyzed.removeAll(analyzed);
        return notAnalyzed;
    }

    private static long deferredIndexes() throws SQLException {
        return number("select count(*) from query.deferred_index");
    }

    /** Every case and timeline row, in a stable order, as text. */
    private static List<String> views() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = database();
             var cases = db.createStatement().executeQuery("""
                     select case_id, kind, status, jurisdiction, customer_id, courier_id, filed_at, version, view::text,
                            tier, due_by, seller_id, carrier_id, decided_by, decided_at
                     from query.case_view order by case_id""")) {
            while (cases.next()) {
                rows.add(row(cases, 15));
            }
            try (var timeline = db.createStatement().executeQuery("""
                    select case_id, sequence, at, actor, role, type, summary from query.case_timeline
                    order by case_id, sequence""")) {
                while (timeline.next()) {
                    rows.add(row(timeline, 7));
                }
            }
            try (var flags = db.createStatement().executeQuery("""
                    select courier_id, case_id, signal, flagged_at from query.courier_flag
                    order by courier_id, case_id, signal""")) {
                while (flags.next()) {
                    rows.add(row(flags, 4));
                }
            }
        }
        return rows;
    }

    /** Nothing may change while the views are compared: every open case's window must have closed. */
    private static void awaitEveryCaseDecidedAndProjected() throws Exception {
        long open = Poll.until(ViewRebuildTest::openCases, n -> n == 0, Duration.ofSeconds(20));
        assertThat(open).as("cases still waiting for their window to close").isZero();
        long behind = Poll.until(ViewRebuildTest::eventsNotYetProjected, n -> n == 0, Duration.ofSeconds(10));
        assertThat(behind).as("events the query service has not projected").isZero();
    }

    private static long storedEvents() throws SQLException {
        return number("select count(*) from command.domain_event_entry");
    }

    /** The kinds of position the views' processor holds, one a segment (a replay would be a ReplayToken). */
    private static List<String> tokenTypes() throws SQLException {
        return column("select token_type from query.token_entry where processor_name = 'case-views'");
    }

    private static long openCases() throws SQLException {
        return number("select count(*) from query.case_view where status = 'OPEN'");
    }

    private static long eventsNotYetProjected() throws SQLException {
        return number("""
                select (select count(*) from command.domain_event_entry where type = 'DisputeCase')
                     - (select coalesce(sum(version), 0) from query.case_view)
                     + (select count(*) from command.domain_event_entry where payload_type like '%.CourierFlagged')
                     - (select count(*) from query.courier_flag)""");
    }

    /** The one number {@code query} answers. */
    private static long number(String query) throws SQLException {
        try (Connection db = database(); var result = db.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The first column of every row {@code query} answers, in its order. */
    private static List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = database(); var result = db.createStatement().executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private static String row(java.sql.ResultSet rs, int columns) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
            row.append(rs.getString(c)).append('|');
        }
        return row.toString();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("DISPUTES_DB_URL"),
                System.getProperty("DISPUTES_DB_USER"), System.getProperty("DISPUTES_DB_PASSWORD"));
    }
}
