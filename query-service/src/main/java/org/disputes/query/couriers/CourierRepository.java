package org.disputes.query.couriers;

import org.disputes.api.adjudication.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Couriers' records: flags and fraud referrals, and what the case views say about each courier's cases. */
@Repository
public class CourierRepository {

    /** The signals that flag a courier, by name as the flags are stored (POLICY.md §2). */
    private static final List<String> FLAGGING = Arrays.stream(Signal.values()).filter(Signal::flagsTheCourier)
            .map(Signal::name).toList();

    private final JdbcClient jdbc;

    public CourierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordFlag(String courierId, UUID caseId, Signal signal, Instant flaggedAt) {
        jdbc.sql("""
                        insert into query.courier_flag (courier_id, case_id, signal, flagged_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(courierId, caseId, signal.name(), Timestamp.from(flaggedAt))
                .update();
    }

    void recordReferral(String courierId, String referralId, Instant openedAt, List<String> caseIds) {
        jdbc.sql("""
                        insert into query.courier_referral (courier_id, referral_id, opened_at, case_ids)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(courierId, referralId, Timestamp.from(openedAt), String.join(",", caseIds))
                .update();
    }

    /**
     * The courier's record, or empty when no case names the courier. Counted: non-receipt cases naming them, the
     * distinct cases they were flagged on for a remotely disclosed code, their non-receipt cases that were refunded
     * (a refund is on the view for good, even once the case is closed), and the referrals ever opened.
     */
    public Optional<CourierView> find(String courierId) {
        boolean named = jdbc.sql("select exists (select 1 from query.case_view where courier_id = ?)")
                .param(courierId).query(Boolean.class).single();
        if (!named) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select (select count(*) from query.case_view
                                 where courier_id = :courier and kind = 'ITEM_NOT_RECEIVED') as cases,
                               (select count(distinct case_id) from query.courier_flag
                                 where courier_id = :courier and signal in (:signals)) as flags,
                               (select count(*) from query.case_view
                                 where courier_id = :courier and kind = 'ITEM_NOT_RECEIVED'
                                   and json_typeof(view -> 'refund') = 'object') as refunded,
                               (select count(*) from query.courier_referral where courier_id = :courier) as referrals""")
                .param("courier", courierId)
                .param("signals", FLAGGING)
                .query((rs, n) -> new CourierView(courierId, rs.getLong("cases"), rs.getLong("flags"),
                        rs.getLong("refunded"), rs.getLong("referrals") > 0, rs.getLong("referrals")))
                .single());
    }
}
