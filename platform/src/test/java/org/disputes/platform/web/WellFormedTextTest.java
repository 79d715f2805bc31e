package org.disputes.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Request text with half a surrogate pair is refused wherever a string may stand, naming the field. */
class WellFormedTextTest {

    record Body(String statement, List<String> tags, Map<String, Object> attributes) {
    }

    private static final JsonMapper REQUESTS = requests();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a high half alone in a field  | {\"statement\": \"x\\ud800y\"}                  | statement",
            "a low half alone at the end   | {\"statement\": \"x\\udc00\"}                   | statement",
            "a pair reversed               | {\"statement\": \"\\udc00\\ud800\"}             | statement",
            "a high half alone in a list   | {\"tags\": [\"ok\", \"\\ud83d\"]}               | tags[1]",
            "a low half alone in a map     | {\"attributes\": {\"note\": \"\\ude00\"}}       | attributes.note",
            "deep in a map's list          | {\"attributes\": {\"notes\": [\"a\", \"\\ud800\"]}} | attributes.notes"})
    void isRefusedNamingTheField(String what, String json, String field) {
        Throwable refused = catchThrowable(() -> REQUESTS.readValue(json, Body.class));

        ApiProblem problem = JsonProblems.explain(refused);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).isEqualTo(WellFormedText.MESSAGE);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"statement\": \"parcel \\ud83d\\udce6 gone\", \"tags\": [\"\\ud83d\\ude00\"]}",
            "{\"statement\": \"colis 📦 jamais reçu\", \"attributes\": {\"note\": \"\\u00e9\"}}",
            "{\"statement\": null, \"attributes\": {\"n\": 1}}"})
    void textThatIsUnicodeIsReadAsItWas(String json) throws Exception {
        Body body = REQUESTS.readValue(json, Body.class);

        assertThat(body).isEqualTo(JsonMapper.builder().build().readValue(json, Body.class));
    }

    private static JsonMapper requests() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJson.strictness().customize(builder);
        return builder.build();
    }
}
