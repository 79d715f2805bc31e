package org.disputes.command.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Subscriptions in {@code command.webhook_subscription}. */
@Repository
class SubscriptionRepository {

    private static final String COLUMNS = """
            id, url, events, seller_id, carrier_id, description, active, secret, previous_secret,
            previous_secret_until, created_by, created_at, updated_at""";
    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription s) {
        jdbc.sql("insert into command.webhook_subscription (" + COLUMNS + ") "
                        + "values (?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.url(), names(s.events()), s.sellerId(), s.carrierId(), s.description(),
                        s.active(), s.secret(), s.previousSecret(), timestamp(s.previousSecretUntil()),
                        s.createdBy(), timestamp(s.createdAt()), timestamp(s.updatedAt()))
                .update();
    }

    void update(Subscription s) {
        jdbc.sql("""
                        update command.webhook_subscription
                        set url = ?, events = ?::varchar[], active = ?, secret = ?, previous_secret = ?,
                            previous_secret_until = ?, updated_at = ?
                        where id = ?""")
                .params(s.url(), names(s.events()), s.active(), s.secret(), s.previousSecret(),
                        timestamp(s.previousSecretUntil()), timestamp(s.updatedAt()), s.id())
                .update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from command.webhook_subscription where id = ?").param(id).update() == 1;
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from command.webhook_subscription where id = ?")
                .param(id).query(SubscriptionRepository::row).optional();
    }

    /** The subscription, locked until the transaction ends, for a change that must not cross another. */
    Optional<Subscription> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from command.webhook_subscription where id = ? for update")
                .param(id).query(SubscriptionRepository::row).optional();
    }

    List<Subscription> all() {
        return jdbc.sql("select " + COLUMNS + " from command.webhook_subscription order by created_at, id")
                .query(SubscriptionRepository::row).list();
    }

    /** The active subscriptions that receive {@code type} for a case against this seller and carrier. */
    /** The event types at least one active subscription asked for. */
    Set<WebhookEventType> typesWanted() {
        Set<WebhookEventType> wanted = EnumSet.noneOf(WebhookEventType.class);
        jdbc.sql("select distinct unnest(events) from command.webhook_subscription where active")
                .query(String.class).list().forEach(name -> wanted.add(WebhookEventType.valueOf(name)));
        return wanted;
    }

    List<UUID> receiving(WebhookEventType type, String sellerId, String carrierId) {
        return jdbc.sql("""
                        select id from command.webhook_subscription
                        where active and ? = any(events)
                          and (seller_id is null or seller_id = ?)
                          and (carrier_id is null or carrier_id = ?)""")
                .params(type.name(), sellerId, carrierId)
                .query((rs, n) -> rs.getObject("id", UUID.class)).list();
    }

    private static String names(List<WebhookEventType> events) {
        return "{" + String.join(",", events.stream().map(Enum::name).toList()) + "}";
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        Array events = rs.getArray("events");
        List<WebhookEventType> types = Arrays.stream((Object[]) events.getArray())
                .map(name -> WebhookEventType.valueOf((String) name)).toList();
        Timestamp until = rs.getTimestamp("previous_secret_until");
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("url"), types,
                rs.getString("seller_id"), rs.getString("carrier_id"), rs.getString("description"),
                rs.getBoolean("active"), rs.getBytes("secret"), rs.getBytes("previous_secret"),
                until == null ? null : until.toInstant(), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
