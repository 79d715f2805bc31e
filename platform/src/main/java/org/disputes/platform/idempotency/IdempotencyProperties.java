package org.disputes.platform.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} support (API.md, "Reliability headers"). Switched on by naming the table that remembers
 * the keys; a service without POSTs (the query service) leaves {@code table} unset and gets no filter at all.
 *
 * @param table         qualified name of the table ({@code schema.table}), created by the service's own migration
 * @param inFlightWait  ({@code wait}) how long a repeat waits for the first request under its key to finish
 *                      before answering {@code 409 IDEMPOTENCY_KEY_IN_FLIGHT}
 * @param retention     how long a key is remembered; API.md promises at least 24 hours
 * @param abandonAfter  a claim still in flight after this long belongs to a request that will never finish (its
 *                      instance died): the next repeat takes the key over and runs
 * @param purgeInterval how often (at most, per instance) a new claim also deletes the keys past retention
 */
@ConfigurationProperties("disputes.idempotency")
public record IdempotencyProperties(String table, @Name("wait") Duration inFlightWait, Duration retention,
                                    Duration abandonAfter, Duration purgeInterval) {

    public static final String DEFAULT_TABLE = "command.idempotency_key";
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    public IdempotencyProperties {
        if (table == null || table.isBlank()) {
            table = DEFAULT_TABLE;
        }
        // the name goes into SQL text: only a plain (schema-)qualified identifier is accepted
        if (!QUALIFIED_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("disputes.idempotency.table must be [schema.]table, not " + table);
        }
        inFlightWait = inFlightWait == null ? Duration.ofSeconds(10) : inFlightWait;
        if (inFlightWait.isNegative()) {
            throw new IllegalArgumentException("disputes.idempotency.wait must not be negative");
        }
        retention = positiveOr(retention, Duration.ofDays(2), "retention");
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("disputes.idempotency.retention must be at least 24 hours (API.md)");
        }
        abandonAfter = positiveOr(abandonAfter, Duration.ofMinutes(1), "abandon-after");
        purgeInterval = positiveOr(purgeInterval, Duration.ofHours(1), "purge-interval");
    }

    private static Duration positiveOr(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("disputes.idempotency." + name + " must be positive");
        }
        return value;
    }
}
