package org.disputes.platform.idempotency;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What a key may look like, and which settings are refused at start-up rather than misbehaving later. */
class IdempotencySettingsTest {

    @Test
    void aKeyIsOneTo255PrintableAsciiCharacters() {
        assertThat(IdempotencyFilter.isValidKey("a")).isTrue();
        assertThat(IdempotencyFilter.isValidKey(" !~ 0123 abc XYZ")).isTrue();
        assertThat(IdempotencyFilter.isValidKey("k".repeat(255))).isTrue();
        assertThat(IdempotencyFilter.isValidKey("")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("k".repeat(256))).isFalse();
        assertThat(IdempotencyFilter.isValidKey("tab\there")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("del\u007f")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("caf\u00e9")).isFalse();
    }

    @Test
    void theRequestHashCoversMethodPathAndBody() {
        byte[] body = "{}".getBytes();
        byte[] hash = IdempotencyFilter.requestHash("POST", "/api/a", body);
        assertThat(hash).hasSize(32).isEqualTo(IdempotencyFilter.requestHash("POST", "/api/a", "{}".getBytes()));
        assertThat(hash).isNotEqualTo(IdempotencyFilter.requestHash("PUT", "/api/a", body));
        assertThat(hash).isNotEqualTo(IdempotencyFilter.requestHash("POST", "/api/b", body));
        assertThat(hash).isNotEqualTo(IdempotencyFilter.requestHash("POST", "/api/a", "{ }".getBytes()));
    }

    @Test
    void defaultsKeepKeysTwoDaysAndWaitTenSeconds() {
        IdempotencyProperties defaults = new IdempotencyProperties(null, null, null, null, null);
        assertThat(defaults.table()).isEqualTo("command.idempotency_key");
        assertThat(defaults.inFlightWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.retention()).isEqualTo(Duration.ofDays(2));
        assertThat(defaults.abandonAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.purgeInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRetentionUnder24HoursOrATableNameThatIsNotAnIdentifierIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new IdempotencyProperties(null, null, Duration.ofHours(23), null, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new IdempotencyProperties("command.keys; drop table x", null, null, null, null));
        assertThat(new IdempotencyProperties("other_schema.keys", null, null, null, null).table())
                .isEqualTo("other_schema.keys");
    }
}
