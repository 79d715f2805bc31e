package org.disputes.platform.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The keys in PostgreSQL, one row per (owner, key). Every statement commits on its own (no surrounding
 * transaction), so a claim is visible to every instance the moment it is made. Ages are measured by the
 * database clock ({@code now()}), never by an instance's, so instances with skewed clocks agree.
 *
 * <p>A claim is identified by its {@code created_at}: completing or releasing it only touches that claim, never
 * one another request made after this one was taken for abandoned.
 */
public class IdempotencyStore {

    static final String IN_FLIGHT = "IN_FLIGHT";
    static final String COMPLETED = "COMPLETED";

    private final JdbcClient jdbc;
    private final String table;

    public IdempotencyStore(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Takes the key for a new request; empty when a row for it exists already. */
    public Optional<OffsetDateTime> claim(String owner, String key, byte[] requestHash) {
        return jdbc.sql("insert into " + table + " (owner, key, request_hash, state, created_at)"
                        + " values (?, ?, ?, '" + IN_FLIGHT + "', now())"
                        + " on conflict (owner, key) do nothing returning created_at")
                .params(owner, key, requestHash)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
    }

    /** The row for the key, with its age judged against retention and the abandonment limit. */
    public Optional<Entry> find(String owner, String key, Duration retention, Duration abandonAfter) {
        return jdbc.sql("select request_hash, state, response_status, response_content_type, response_location,"
                        + " response_body, created_at,"
                        + " created_at < now() - make_interval(secs => ?) as expired,"
                        + " (state = '" + IN_FLIGHT + "' and created_at < now() - make_interval(secs => ?)) as abandoned"
                        + " from " + table + " where owner = ? and key = ?")
                .params(seconds(retention), seconds(abandonAfter), owner, key)
                .query((rs, n) -> new Entry(rs.getBytes("request_hash"), rs.getString("state"),
                        rs.getInt("response_status"), rs.getString("response_content_type"),
                        rs.getString("response_location"), rs.getBytes("response_body"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("expired"),
                        rs.getBoolean("abandoned")))
                .optional();
    }

    /** Remembers the answer of the claim; false when the claim is no longer there (taken over meanwhile). */
    public boolean complete(String owner, String key, OffsetDateTime claim, int status, String contentType,
                            String location, byte[] body) {
        return jdbc.sql("update " + table + " set state = '" + COMPLETED + "', response_status = ?,"
                        + " response_content_type = ?, response_location = ?, response_body = ?"
                        + " where owner = ? and key = ? and created_at = ? and state = '" + IN_FLIGHT + "'")
                .params(status, contentType, location, body, owner, key, claim)
                .update() == 1;
    }

    /** Gives the key back (the request failed on the server's side): a retry may run. */
    public void release(String owner, String key, OffsetDateTime claim) {
        jdbc.sql("delete from " + table + " where owner = ? and key = ? and created_at = ? and state = '"
                        + IN_FLIGHT + "'")
                .params(owner, key, claim)
                .update();
    }

    /** Deletes one row found expired or abandoned, unless someone replaced it meanwhile. */
    public void forget(String owner, String key, OffsetDateTime createdAt) {
        jdbc.sql("delete from " + table + " where owner = ? and key = ? and created_at = ?")
                .params(owner, key, createdAt)
                .update();
    }

    /** Deletes every key past retention; answers how many. */
    public int purge(Duration retention) {
        return jdbc.sql("delete from " + table + " where created_at < now() - make_interval(secs => ?)")
                .param(seconds(retention))
                .update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** One remembered key. {@code status}, {@code contentType}, {@code location} and {@code body} once completed. */
    public record Entry(byte[] requestHash, String state, int status, String contentType, String location,
                        byte[] body, OffsetDateTime createdAt, boolean expired, boolean abandoned) {

        boolean completed() {
            return COMPLETED.equals(state);
        }
    }
}
