package org.disputes.query.cases;

import org.disputes.api.CaseStatus;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.evidence.Party;
import org.disputes.platform.database.ReadSnapshot;
import org.disputes.platform.json.FastConstructors;
import org.disputes.platform.json.FastInstants;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The query side's tables: one row a case with its view as JSON text, and the timeline. Plain SQL, no ORM. What the
 * lists, queues and statistics filter or count on is a column written beside the view, not read inside it (V11).
 */
@Repository
public class CaseViewRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    /** A page and its total from one moment. */
    private final TransactionTemplate snapshot;
    /** Views are read back for every batch the projection folds: their instants and records read as events do. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(FastInstants.module())
            .addModule(FastConstructors.module())
            .build();

    public CaseViewRepository(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.snapshot = ReadSnapshot.over(transactions);
    }

    public Optional<CaseView> find(UUID caseId) {
        return jdbc.sql("select view from query.case_view where case_id = ?")
                .param(caseId)
                .query((rs, n) -> read(rs.getString(1)))
                .optional();
    }

    public Optional<Long> version(UUID caseId) {
        return jdbc.sql("select version from query.case_view where case_id = ?").param(caseId)
                .query(Long.class).optional();
    }

    /** The views of those of {@code caseIds} that have one, in one query. */
    public Map<UUID, CaseView> findAll(Collection<UUID> caseIds) {
        Map<UUID, CaseView> found = new HashMap<>();
        jdbc.sql("select case_id, view from query.case_view where case_id = any(cast(? as uuid[]))")
                .param(caseIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getObject(1, UUID.class), read(rs.getString(2)));
                });
        return found;
    }

    /**
     * Writes views, one row a case, in one statement (the rows travel as arrays). A stored view at the same or a
     * later version is left as it is, so writing an older view again changes nothing.
     */
    public void saveAll(Collection<CaseView> views) {
        int n = views.size();
        String[] caseId = new String[n], kind = new String[n], status = new String[n], jurisdiction = new String[n],
                customerId = new String[n], courierId = new String[n], filedAt = new String[n], view = new String[n],
                tier = new String[n], dueBy = new String[n], sellerId = new String[n], carrierId = new String[n],
                decidedBy = new String[n], decidedAt = new String[n];
        long[] version = new long[n];
        int i = 0;
        for (CaseView v : views) {
            Instant due = dueBy(v);
            Instant decided = decidedAt(v);
            caseId[i] = v.caseId();
            kind[i] = v.kind().name();
            status[i] = v.status().name();
            jurisdiction[i] = v.jurisdiction();
            customerId[i] = v.customerId();
            courierId[i] = v.courierId();
            filedAt[i] = v.filedAt().toString();
            version[i] = v.version();
            view[i] = json.writeValueAsString(v);
            tier[i] = tier(v);
            dueBy[i] = due == null ? null : due.toString();
            sellerId[i] = v.sellerId();
            carrierId[i] = v.carrierId();
            decidedBy[i] = decidedBy(v);
            decidedAt[i] = decided == null ? null : decided.toString();
            i++;
        }
        jdbc.sql("""
                        insert into query.case_view (case_id, kind, status, jurisdiction, customer_id, courier_id,
                                                     filed_at, version, view, tier, due_by, seller_id, carrier_id,
                                                     decided_by, decided_at)
                        select cast(case_id as uuid), kind, status, jurisdiction, customer_id, courier_id,
                               cast(filed_at as timestamptz), version, cast(view as json), tier,
                               cast(due_by as timestamptz), seller_id, carrier_id, decided_by,
                               cast(decided_at as timestamptz)
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as bigint[]),
                                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                                    cast(? as text[]), cast(? as text[]), cast(? as text[]))
                             as v(case_id, kind, status, jurisdiction, customer_id, courier_id, filed_at, version,
                                  view, tier, due_by, seller_id, carrier_id, decided_by, decided_at)
                        on conflict (case_id) do update set status = excluded.status, version = excluded.version,
                                                            view = excluded.view, tier = excluded.tier,
                                                            due_by = excluded.due_by, seller_id = excluded.seller_id,
                                                            carrier_id = excluded.carrier_id,
                                                            decided_by = excluded.decided_by,
                                                            decided_at = excluded.decided_at
                        where query.case_view.version < excluded.version""")
                .params(caseId, kind, status, jurisdiction, customerId, courierId, filedAt, version, view, tier,
                        dueBy, sellerId, carrierId, decidedBy, decidedAt)
                .update();
    }

    /** An escalated or appealed case the escalation team has still to decide (a person's refund may be pending). */
    private static boolean waitsForPeople(CaseView view) {
        return view.escalation() != null
                && (view.status() == CaseStatus.ESCALATED || view.status() == CaseStatus.APPEALED);
    }

    /** The tier whose people have the case to decide, or null. */
    private static String tier(CaseView view) {
        return waitsForPeople(view) ? view.escalation().tier() : null;
    }

    /** When the next thing falls due on a case: the people's deadline, or the parties' while it is open. */
    private static Instant dueBy(CaseView view) {
        if (waitsForPeople(view)) {
            return view.escalation().dueBy();
        }
        return view.status() == CaseStatus.OPEN ? view.responseDueBy() : null;
    }

    /** Who decided the case ({@code policy} or a person); null until it is decided. */
    private static String decidedBy(CaseView view) {
        return view.decision() == null ? null : view.decision().decidedBy();
    }

    /** When the case was decided; null until it is. */
    private static Instant decidedAt(CaseView view) {
        return view.decision() == null ? null : view.decision().decidedAt();
    }

    /** Adds timeline rows in one statement; a row already there (a redelivered event) is left as it is. */
    public void appendTimeline(List<TimelineRow> rows) {
        int n = rows.size();
        String[] caseId = new String[n], at = new String[n], actor = new String[n], role = new String[n],
                type = new String[n], summary = new String[n];
        long[] sequence = new long[n];
        for (int i = 0; i < n; i++) {
            TimelineRow row = rows.get(i);
            caseId[i] = row.caseId().toString();
            sequence[i] = row.sequence();
            at[i] = row.entry().at().toString();
            actor[i] = row.entry().actor();
            role[i] = row.entry().role();
            type[i] = row.entry().type();
            summary[i] = row.entry().summary();
        }
        jdbc.sql("""
                        insert into query.case_timeline (case_id, sequence, at, actor, role, type, summary)
                        select cast(case_id as uuid), sequence, cast(at as timestamptz), actor, role, type, summary
                        from unnest(cast(? as text[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                                    cast(? as text[]), cast(? as text[]), cast(? as text[]))
                             as t(case_id, sequence, at, actor, role, type, summary)
                        on conflict do nothing""")
                .params(caseId, sequence, at, actor, role, type, summary)
                .update();
    }

    /**
     * Loads views with PostgreSQL's binary COPY, which spares the database {@link #saveAll}'s arrays and its conflict
     * check: for a rebuild, and only views of cases the table has none of. A case already there fails the whole load.
     */
    public void loadViews(Collection<CaseView> views) {
        copyIn("""
                copy query.case_view (case_id, kind, status, jurisdiction, customer_id, courier_id, filed_at, version,
                                      view, tier, due_by, seller_id, carrier_id, decided_by, decided_at)
                from stdin with (format binary)""", copy -> {
            for (CaseView v : views) {
                copy.row(15).uuid(UUID.fromString(v.caseId())).text(v.kind().name()).text(v.status().name())
                        .text(v.jurisdiction()).text(v.customerId()).text(v.courierId()).timestamptz(v.filedAt())
                        .bigint(v.version()).text(json.writeValueAsString(v))
                        .text(tier(v)).timestamptz(dueBy(v)).text(v.sellerId()).text(v.carrierId())
                        .text(decidedBy(v)).timestamptz(decidedAt(v));
            }
        });
    }

    /**
     * Loads timeline rows with PostgreSQL's binary COPY, a fraction of {@link #appendTimeline}'s cost to the database:
     * for a rebuild, whose timeline starts empty. A row already there fails the whole load rather than being skipped.
     */
    public void loadTimeline(List<TimelineRow> timeline) {
        copyIn("""
                copy query.case_timeline (case_id, sequence, at, actor, role, type, summary)
                from stdin with (format binary)""", copy -> {
            for (TimelineRow row : timeline) {
                TimelineEntry entry = row.entry();
                copy.row(7).uuid(row.caseId()).bigint(row.sequence()).timestamptz(entry.at())
                        .text(entry.actor()).text(entry.role()).text(entry.type()).text(entry.summary());
            }
        });
    }

    /** What a binary COPY sends: its rows. */
    private interface Rows {
        void writeTo(BinaryCopy copy) throws SQLException;
    }

    private void copyIn(String copyFromStdinBinary, Rows rows) {
        template.execute((ConnectionCallback<Long>) connection -> {
            BinaryCopy copy = new BinaryCopy(connection.unwrap(PGConnection.class), copyFromStdinBinary);
            try {
                rows.writeTo(copy);
                return copy.end();
            } catch (SQLException | RuntimeException failed) {
                copy.cancelAfter(failed);
                throw failed;
            }
        });
    }

    public List<TimelineEntry> timeline(UUID caseId) {
        return jdbc.sql("""
                        select at, actor, role, type, summary from query.case_timeline
                        where case_id = ? order by sequence""")
                .param(caseId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("role"), rs.getString("type"), rs.getString("summary")))
                .list();
    }

    public Page search(CaseFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        filter.status().ifPresent(s -> add(where, params, "status", s.name()));
        filter.kind().ifPresent(k -> add(where, params, "kind", k.name()));
        filter.jurisdiction().ifPresent(j -> add(where, params, "jurisdiction", j));
        filter.customerId().ifPresent(c -> add(where, params, "customer_id", c));
        filter.courierId().ifPresent(c -> add(where, params, "courier_id", c));
        return page(where, params, "filed_at desc, case_id", page, size);
    }

    /** The cases the escalation team has to decide, of one tier or all, the one due first first. */
    public Page escalationQueue(Optional<EscalationTier> tier, int page, int size) {
        StringBuilder where = new StringBuilder(" where status in ('ESCALATED', 'APPEALED') and tier is not null");
        List<Object> params = new ArrayList<>();
        tier.ifPresent(t -> add(where, params, "tier", t.name()));
        return page(where, params, "due_by, case_id", page, size);
    }

    /**
     * The cases naming a seller or a carrier (API.md, "Party view"), of one status or all: those awaiting proof
     * (OPEN) first, the one whose response window ends first first, then the others newest first.
     */
    public Page partyCases(CaseParty reader, Optional<CaseStatus> status, int page, int size) {
        StringBuilder where = new StringBuilder(" where ");
        where.append(reader.party() == Party.SELLER ? "seller_id" : "carrier_id")
                .append(" = ?");
        List<Object> params = new ArrayList<>(List.of(reader.partyId()));
        status.ifPresent(s -> add(where, params, "status", s.name()));
        return page(where, params, "status <> 'OPEN', case when status = 'OPEN' then due_by end, filed_at desc, case_id",
                page, size);
    }

    /** The open cases, the one whose response window ends first first. */
    public Page agentQueue(int page, int size) {
        return page(new StringBuilder(" where status = 'OPEN'"), new ArrayList<>(), "due_by, case_id", page, size);
    }

    private Page page(StringBuilder where, List<Object> params, String order, int page, int size) {
        return snapshot.execute(transaction -> readPage(where, params, order, page, size));
    }

    private Page readPage(StringBuilder where, List<Object> params, String order, int page, int size) {
        long total = jdbc.sql("select count(*) from query.case_view" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<CaseView> items = jdbc.sql("select view from query.case_view" + where
                        + " order by " + order + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> read(rs.getString(1)))
                .list();
        return new Page(items, total);
    }
    private static void add(StringBuilder where, List<Object> params, String column, Object value) {
        where.append(" and ").append(column).append(" = ?");
        params.add(value);
    }

    private CaseView read(String view) {
        return json.readValue(view, CaseView.class);
    }

    /** One step of one case's timeline, at the event's sequence number. */
    public record TimelineRow(UUID caseId, long sequence, TimelineEntry entry) {
    }

    /** One page of views and how many match in all. */
    public record Page(List<CaseView> items, long total) {
    }
}
