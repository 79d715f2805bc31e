package org.disputes.command.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Deliveries and their attempts in {@code command.webhook_delivery} and {@code command.webhook_attempt}. */
@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One delivery of the event per subscription; an event read again after a crash queues nothing twice. */
    void queue(List<UUID> subscriptions, String eventId, WebhookEventType type, UUID caseId, String body,
               Instant now) {
        Timestamp at = Timestamp.from(now);
        for (UUID subscription : subscriptions) {
            jdbc.sql("""
                            insert into command.webhook_delivery (id, subscription_id, event_id, event_type, case_id,
                                body, status, created_at, retry_from, next_attempt_at)
                            values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
                            on conflict (subscription_id, event_id) do nothing""")
                    .params(UUID.randomUUID(), subscription, eventId, type.name(), caseId, body, at, at, at)
                    .update();
        }
    }

    /**
     * Claims up to {@code limit} due deliveries to send now, in queue order: only the earliest pending delivery
     * of each (subscription, case), so a case's events arrive in order; at most {@code perSubscription} of one
     * subscription in flight, so a slow receiver never takes every worker. {@code SKIP LOCKED} lets instances
     * share the work without waiting on each other.
     */
    List<DueDelivery> claim(int limit, int perSubscription, Instant now, Duration lease) {
        Timestamp at = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(lease));
        return jdbc.sql("""
                        with candidate as (
                            select d.id,
                                   row_number() over (partition by d.subscription_id order by d.sequence) as rank,
                                   (select count(*) from command.webhook_delivery f
                                     where f.subscription_id = d.subscription_id and f.status = 'PENDING'
                                       and f.claimed_until > :now) as in_flight
                            from command.webhook_delivery d
                            join command.webhook_subscription s on s.id = d.subscription_id and s.active
                            where d.status = 'PENDING' and d.next_attempt_at <= :now
                              and (d.claimed_until is null or d.claimed_until <= :now)
                              and not exists (select 1 from command.webhook_delivery e
                                              where e.subscription_id = d.subscription_id
                                                and e.case_id = d.case_id and e.status = 'PENDING'
                                                and e.sequence < d.sequence)
                        ), picked as (
                            select d.id from command.webhook_delivery d join candidate c on c.id = d.id
                            where c.rank + c.in_flight <= :perSubscription
                              and d.status = 'PENDING' and (d.claimed_until is null or d.claimed_until <= :now)
                            order by d.sequence
                            limit :limit
                            for update of d skip locked
                        )
                        update command.webhook_delivery d
                        set claimed_until = :until, attempts = d.attempts + 1
                        from picked where d.id = picked.id
                        returning d.id, d.subscription_id, d.body, d.attempts, d.retry_from, d.claimed_until""")
                .param("now", at).param("until", until).param("limit", limit)
                .param("perSubscription", perSubscription)
                .query((rs, n) -> new DueDelivery(rs.getObject("id", UUID.class),
                        rs.getObject("subscription_id", UUID.class), rs.getString("body"), rs.getInt("attempts"),
                        rs.getTimestamp("retry_from").toInstant(), rs.getTimestamp("claimed_until").toInstant()))
                .list();
    }

    /**
     * Records the attempt and what follows from it, unless another worker took the delivery over meanwhile. One
     * statement, so that nobody reads the new status without its attempt in the log.
     */
    void record(DueDelivery delivery, Attempt attempt, Delivery.Status status, Instant nextAttemptAt) {
        jdbc.sql("""
                        with recorded as (
                            update command.webhook_delivery
                            set status = :status, next_attempt_at = :next, claimed_until = null,
                                delivered_at = case when :status = 'DELIVERED' then :at else delivered_at end
                            where id = :id and claimed_until = :claimedUntil
                            returning id)
                        insert into command.webhook_attempt
                            (delivery_id, attempt, attempted_at, status_code, duration_ms, error, answer)
                        select id, :attempt, :at, :statusCode, :durationMs, :error, :answer from recorded
                        on conflict do nothing""")
                .param("status", status.name()).param("next", Timestamp.from(nextAttemptAt))
                .param("at", Timestamp.from(attempt.attemptedAt())).param("id", delivery.id())
                .param("claimedUntil", Timestamp.from(delivery.claimedUntil()))
                .param("attempt", attempt.attempt()).param("statusCode", attempt.statusCode(), Types.INTEGER)
                .param("durationMs", (int) Math.min(attempt.durationMs(), Integer.MAX_VALUE))
                .param("error", attempt.error(), Types.VARCHAR).param("answer", attempt.answer(), Types.VARCHAR)
                .update();
    }

    List<Delivery> ofSubscription(UUID subscriptionId, Delivery.Status status, int limit) {
        return jdbc.sql("""
                        select id, subscription_id, event_id, event_type, case_id, status, attempts, created_at,
                               next_attempt_at, delivered_at
                        from command.webhook_delivery
                        where subscription_id = ? and (cast(? as varchar) is null or status = ?)
                        order by sequence desc limit ?""")
                .params(subscriptionId, status == null ? null : status.name(),
                        status == null ? null : status.name(), limit)
                .query(DeliveryRepository::delivery).list();
    }

    Optional<Delivery> find(UUID deliveryId) {
        return jdbc.sql("""
                        select id, subscription_id, event_id, event_type, case_id, status, attempts, created_at,
                               next_attempt_at, delivered_at
                        from command.webhook_delivery where id = ?""")
                .param(deliveryId).query(DeliveryRepository::delivery).optional();
    }

    /** Every attempt of these deliveries, oldest first. */
    Map<UUID, List<Attempt>> attempts(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select delivery_id, attempt, attempted_at, status_code, duration_ms, error, answer
                        from command.webhook_attempt where delivery_id = any(?) order by attempt""")
                .param(deliveryIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("delivery_id", UUID.class), new Attempt(
                        rs.getInt("attempt"), rs.getTimestamp("attempted_at").toInstant(),
                        (Integer) rs.getObject("status_code"), rs.getInt("duration_ms"), rs.getString("error"),
                        rs.getString("answer"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Due again now, with a new retry period; true when the delivery exists. */
    boolean redeliver(UUID deliveryId, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                        update command.webhook_delivery
                        set status = 'PENDING', next_attempt_at = ?, retry_from = ?, claimed_until = null
                        where id = ?""")
                .params(at, at, deliveryId).update() == 1;
    }

    /** How many deliveries of the subscription are in each status. */
    Map<Delivery.Status, Long> counts(UUID subscriptionId) {
        return jdbc.sql("select status, count(*) as n from command.webhook_delivery where subscription_id = ? "
                        + "group by status")
                .param(subscriptionId)
                .query((rs, n) -> Map.entry(Delivery.Status.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** When the oldest delivery still pending was queued, if any is. */
    Optional<Instant> oldestPending() {
        return jdbc.sql("select min(created_at) from command.webhook_delivery where status = 'PENDING'")
                .query((rs, n) -> rs.getTimestamp(1)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().map(Timestamp::toInstant);
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
                rs.getString("event_id"), WebhookEventType.valueOf(rs.getString("event_type")),
                rs.getObject("case_id", UUID.class), Delivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_attempt_at").toInstant(), delivered == null ? null : delivered.toInstant());
    }
}
