package org.disputes.query.scam;

import org.disputes.api.Money;
import org.disputes.api.scam.ScamChannel;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.api.scam.ScamContactStatus;
import org.disputes.platform.database.ReadSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Scam contacts, their reports and their history: written by the projection, read by the API and the export. */
@Repository
public class ScamContactRepository {

    /** Filters of the contact list and the export; any may be empty. */
    record Filter(Optional<ScamChannel> channel, Collection<ScamContactStatus> statuses, Optional<String> brand,
                  Optional<Instant> since) {
    }

    private static final String SUMMARY = """
            select c.contact_id, c.channel, c.contact, c.status, c.first_reported_at, c.last_reported_at,
                   c.updated_at, count(*) as reports, count(distinct r.customer_id) as customers,
                   array_agg(distinct r.impersonated_brand order by r.impersonated_brand) as brands,
                   array_remove(array_agg(distinct r.case_id::text), null) as case_ids
            from query.scam_contact c join query.scam_report r on r.contact_id = c.contact_id
            """;
    private static final String ORDER = " group by c.contact_id order by reports desc, c.last_reported_at desc, c.contact_id";

    private final JdbcClient jdbc;
    /** One snapshot for a read made of several statements. */
    private final TransactionTemplate snapshot;

    public ScamContactRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = ReadSnapshot.over(transactions);
    }

    // ---------------------------------------------------------------- writes (the projection)

    void recordReport(ScamContactReported reported, long sequence, String reportedBy) {
        Timestamp at = Timestamp.from(reported.reportedAt());
        jdbc.sql("""
                        insert into query.scam_contact (contact_id, channel, contact, status, first_reported_at,
                            last_reported_at, updated_at, last_sequence)
                        values (?, ?, ?, 'REPORTED', ?, ?, ?, ?)
                        on conflict (contact_id) do update set
                            first_reported_at = least(scam_contact.first_reported_at, excluded.first_reported_at),
                            last_reported_at = greatest(scam_contact.last_reported_at, excluded.last_reported_at),
                            updated_at = greatest(scam_contact.updated_at, excluded.updated_at),
                            last_sequence = greatest(scam_contact.last_sequence, excluded.last_sequence)""")
                .params(reported.contactId().value(), reported.channel().name(), reported.contact(), at, at, at,
                        sequence)
                .update();
        jdbc.sql("""
                        insert into query.scam_report (report_id, contact_id, customer_id, case_id, impersonated_brand,
                            url, description, occurred_at, amount_value, amount_currency, payment_method,
                            reported_at, reported_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(reported.reportId(), reported.contactId().value(), reported.customerId(),
                        reported.caseId() == null ? null : reported.caseId().value(), reported.impersonatedBrand(),
                        reported.url(), reported.description(),
                        reported.occurredAt() == null ? null : Timestamp.from(reported.occurredAt()),
                        reported.amountLost() == null ? null : reported.amountLost().value(),
                        reported.amountLost() == null ? null : reported.amountLost().currency().getCurrencyCode(),
                        reported.paymentMethod() == null ? null : reported.paymentMethod().name(), at, reportedBy)
                .update();
    }

    /** A status applies once, in stream order: an event older than the row's last one is a redelivery. */
    void changeStatus(String contactId, ScamContactStatus status, Instant at, long sequence) {
        jdbc.sql("""
                        update query.scam_contact set status = ?, updated_at = greatest(updated_at, ?), last_sequence = ?
                        where contact_id = ? and last_sequence < ?""")
                .params(status.name(), Timestamp.from(at), sequence, UUID.fromString(contactId), sequence)
                .update();
    }

    void touch(String contactId, Instant at, long sequence) {
        jdbc.sql("""
                        update query.scam_contact set updated_at = greatest(updated_at, ?),
                            last_sequence = greatest(last_sequence, ?)
                        where contact_id = ?""")
                .params(Timestamp.from(at), sequence, UUID.fromString(contactId))
                .update();
    }

    void recordHistory(String contactId, long sequence, Instant at, String actor, String role, String type,
                       String summary) {
        jdbc.sql("""
                        insert into query.scam_contact_history (contact_id, sequence, at, actor, role, type, summary)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(UUID.fromString(contactId), sequence, Timestamp.from(at), actor, role, type, summary)
                .update();
    }

    /** Forgets every scam contact, before a rebuild from the event store. */
    void clear() {
        jdbc.sql("truncate query.scam_contact, query.scam_report, query.scam_contact_history").update();
    }

    // ---------------------------------------------------------------- reads

    /** A page of contacts, its total and each one's losses read in one snapshot. */
    ScamContactViews.Page search(Filter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return snapshot.execute(transaction -> {
            List<ScamContactViews.Summary> items = jdbc.sql(SUMMARY + where + ORDER + " limit :limit offset :offset")
                    .params(params).param("limit", size).param("offset", (long) page * size)
                    .query((rs, n) -> summary(rs)).list();
            long total = jdbc.sql("select count(*) from query.scam_contact c" + where).params(params)
                    .query(Long.class).single();
            return new ScamContactViews.Page(withLosses(items), page, size, total);
        });
    }

    /** Every contact the filter keeps, most reported first, with their losses as of the same moment (the export). */
    List<ScamContactViews.Summary> all(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return snapshot.execute(transaction -> withLosses(jdbc.sql(SUMMARY + where + ORDER).params(params)
                .query((rs, n) -> summary(rs)).list()));
    }

    /**
     * A contact's page: its summary, reports and history as they stood at one moment. Read one statement after the
     * other, each in its own snapshot, a page could show a status older than the history line beside it (a
     * confirmation in the history, the status still "reported") when the projection committed in between.
     */
    Optional<ScamContactViews.Detail> detail(UUID contactId) {
        return snapshot.execute(transaction -> find(contactId)
                .map(summary -> ScamContactViews.Detail.of(summary, reports(contactId), history(contactId))));
    }

    /** A contact and its losses, in one snapshot (the page's, when {@link #detail} asks). */
    Optional<ScamContactViews.Summary> find(UUID contactId) {
        return snapshot.execute(transaction -> jdbc.sql(SUMMARY + " where c.contact_id = :id" + ORDER)
                .param("id", contactId).query((rs, n) -> summary(rs)).optional()
                .map(s -> withLosses(List.of(s)).get(0)));
    }

    List<ScamContactViews.Report> reports(UUID contactId) {
        return jdbc.sql("""
                        select report_id, customer_id, case_id, impersonated_brand, url, description, occurred_at,
                               amount_value, amount_currency, payment_method, reported_at, reported_by
                        from query.scam_report where contact_id = ? order by reported_at, report_id""")
                .param(contactId)
                .query((rs, n) -> new ScamContactViews.Report(rs.getString("report_id"), rs.getString("customer_id"),
                        rs.getString("case_id"), rs.getString("impersonated_brand"), rs.getString("url"),
                        rs.getString("description"), instant(rs, "occurred_at"),
                        money(rs.getBigDecimal("amount_value"), rs.getString("amount_currency")),
                        rs.getString("payment_method"), instant(rs, "reported_at"), rs.getString("reported_by")))
                .list();
    }

    List<ScamContactViews.HistoryEntry> history(UUID contactId) {
        return jdbc.sql("""
                        select at, actor, role, type, summary from query.scam_contact_history
                        where contact_id = ? order by sequence""")
                .param(contactId)
                .query((rs, n) -> new ScamContactViews.HistoryEntry(instant(rs, "at"), rs.getString("actor"),
                        rs.getString("role"), rs.getString("type"), rs.getString("summary")))
                .list();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        filter.channel().ifPresent(channel -> {
            conditions.add("c.channel = :channel");
            params.put("channel", channel.name());
        });
        if (!filter.statuses().isEmpty()) {
            conditions.add("c.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        filter.brand().ifPresent(brand -> {
            conditions.add("exists (select 1 from query.scam_report b where b.contact_id = c.contact_id"
                    + " and lower(b.impersonated_brand) = lower(:brand))");
            params.put("brand", brand);
        });
        filter.since().ifPresent(since -> {
            conditions.add("c.updated_at >= :since");
            params.put("since", Timestamp.from(since));
        });
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Each contact's reported losses, one amount per currency. */
    private List<ScamContactViews.Summary> withLosses(List<ScamContactViews.Summary> contacts) {
        if (contacts.isEmpty()) {
            return contacts;
        }
        Map<String, List<Money>> losses = new LinkedHashMap<>();
        jdbc.sql("""
                        select contact_id, amount_currency, sum(amount_value) as total from query.scam_report
                        where contact_id in (:ids) and amount_value is not null
                        group by contact_id, amount_currency order by amount_currency""")
                .param("ids", contacts.stream().map(c -> UUID.fromString(c.contactId())).toList())
                .query(rs -> {
                    losses.computeIfAbsent(rs.getString("contact_id"), id -> new ArrayList<>())
                            .add(money(rs.getBigDecimal("total"), rs.getString("amount_currency")));
                });
        return contacts.stream().map(c -> c.withLoss(losses.getOrDefault(c.contactId(), List.of()))).toList();
    }

    private static ScamContactViews.Summary summary(ResultSet rs) throws SQLException {
        return new ScamContactViews.Summary(rs.getString("contact_id"), rs.getString("channel"),
                rs.getString("contact"), rs.getString("status"), strings(rs.getArray("brands")),
                rs.getLong("reports"), rs.getLong("customers"), instant(rs, "first_reported_at"),
                instant(rs, "last_reported_at"), List.of(), strings(rs.getArray("case_ids")),
                instant(rs, "updated_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Money money(BigDecimal value, String currencyCode) {
        if (value == null || currencyCode == null) {
            return null;
        }
        Currency currency = Currency.getInstance(currencyCode.strip());
        return new Money(value.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN),
                currency);
    }
}
