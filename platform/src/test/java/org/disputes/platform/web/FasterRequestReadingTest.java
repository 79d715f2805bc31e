package org.disputes.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests read through the faster readers exactly as through the contract's rules alone: the same values, and what
 * is refused refused with the same problem (field and message), down to a record's own checks.
 */
class FasterRequestReadingTest {

    record Stamped(Instant at, String note) {
    }

    record Checked(String name, BigDecimal amount, List<Instant> times) {
        Checked {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("a name must not be blank");
            }
        }
    }

    private static final JsonMapper FASTER = mapper(StrictJson.strictness());
    private static final JsonMapper RULES_ALONE = mapper(StrictJson.rules());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the form clients send, which takes the fast path
            "\"2024-06-25T15:40:00Z\"", "\"2024-06-25T15:40:00.1Z\"", "\"2024-06-25T15:40:00.123456789Z\"",
            "\"1970-01-01T00:00:00Z\"", "\"0000-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999999Z\"",
            "\"2024-02-29T12:00:00Z\"",
            // that form, but no such moment
            "\"2023-02-29T00:00:00Z\"", "\"2024-13-01T00:00:00Z\"", "\"2024-06-31T00:00:00Z\"",
            "\"2024-00-10T00:00:00Z\"", "\"2024-06-25T24:00:00Z\"", "\"2024-06-25T23:60:00Z\"",
            "\"2024-06-25T23:59:60Z\"", "\"2016-12-31T23:59:60Z\"",
            // other forms: Jackson's alone
            "\"2024-06-25 15:40:00Z\"", "\"2024-06-25t15:40:00z\"", "\"2024-06-25T15:40:00+02:00\"",
            "\"2024-06-25T15:40:00.5-00:30\"", "\"2024-06-25T15:40Z\"", "\"2024-06-25T15:40:00.1234567891Z\"",
            "\" 2024-06-25T15:40:00Z\"", "\"2024-06-25T15:40:00Z \"", "\"2024-06-25\"", "\"\"", "\"now\"",
            "\"+12024-06-25T15:40:00Z\"", "\"２０２４-06-25T15:40:00Z\"",
            "1719330000", "1719330000.25", "-1", "true", "null", "{}", "[]", "[2024, 6, 25]"})
    void anInstantReadsOrIsRefusedAsUnderTheRulesAlone(String at) {
        assertSameOutcome("{\"at\": " + at + ", \"note\": \"n\"}", Stamped.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"name\": \"a\", \"amount\": 12.50, \"times\": [\"2024-06-25T15:40:00Z\"]}",
            "{\"name\": \" \", \"amount\": 1}",
            "{\"name\": \"a\", \"amount\": \"12.50\"}",
            "{\"name\": \"a\", \"times\": [\"2024-06-25T15:40:00Z\", \"yesterday\"]}",
            "{\"name\": \"a\", \"extra\": 1}",
            "{\"name\": 5}",
            "{\"name\": \"a\"} {}"})
    void aRecordIsBuiltOrRefusedAsUnderTheRulesAlone(String json) {
        assertSameOutcome(json, Checked.class);
    }

    private static void assertSameOutcome(String json, Class<?> type) {
        Object faster = outcome(FASTER, json, type);
        Object alone = outcome(RULES_ALONE, json, type);
        assertThat(faster).isEqualTo(alone);
    }

    /** The value read, or the problem the client would get. */
    private static Object outcome(JsonMapper mapper, String json, Class<?> type) {
        try {
            return mapper.readValue(json, type);
        } catch (RuntimeException refused) {
            ApiProblem problem = JsonProblems.explain(refused);
            return List.of(refused.getClass(), String.valueOf(refused.getMessage()), problem.status(), problem.code(),
                    problem.errors());
        }
    }

    private static JsonMapper mapper(JsonMapperBuilderCustomizer how) {
        JsonMapper.Builder builder = JsonMapper.builder();
        how.customize(builder);
        return builder.build();
    }
}
