package org.disputes.platform.axon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stored messages' instants read as Jackson reads them, through the serializer's own customizer. */
class FastInstantsTest {

    record Stamped(Instant at) {
    }

    private final JsonMapper stored = StoredMessages.mapper();
    private final JsonMapper plain = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"\"2024-06-25T15:40:00Z\"", "\"2024-06-25T15:40:00.1Z\"",
            "\"2024-06-25T15:40:00.123456789Z\"", "\"1970-01-01T00:00:00Z\"", "\"2024-06-25T17:40:00+02:00\"",
            "\"2024-06-25T15:40:00.5-00:30\"", "1719330000", "1719330000.25"})
    void readsWhatJacksonReadsAsJacksonReadsIt(String at) {
        String json = "{\"at\":" + at + "}";
        assertThat(stored.readValue(json, Stamped.class)).isEqualTo(plain.readValue(json, Stamped.class));
    }

    @Test
    void aWrittenInstantReadsBackTheSame() {
        Stamped stamped = new Stamped(Instant.parse("2026-11-23T22:41:33.667123Z"));
        assertThat(stored.readValue(stored.writeValueAsString(stamped), Stamped.class)).isEqualTo(stamped);
    }

    @Test
    void takesTheFastPathForTheFormStoredEventsHave() {
        // RFC 3339 allows a space for the T, java.time's ISO formatter does not: only ITU reads this one
        String json = "{\"at\":\"2024-06-25 15:40:00Z\"}";
        assertThat(stored.readValue(json, Stamped.class).at()).isEqualTo(Instant.parse("2024-06-25T15:40:00Z"));
        assertThatThrownBy(() -> plain.readValue(json, Stamped.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void whatNeitherReadsIsRefusedAsBefore() {
        String json = "{\"at\":\"yesterday\"}";
        assertThatThrownBy(() -> stored.readValue(json, Stamped.class)).isInstanceOf(InvalidFormatException.class);
    }
}
