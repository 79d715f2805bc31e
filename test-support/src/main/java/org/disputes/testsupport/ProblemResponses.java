package org.disputes.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service's refusal of invalid input looks like on the wire (API.md, "Errors"). */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** A {@code 400 VALIDATION_FAILED} problem whose {@code errors} are exactly {@code errorsJson}. */
    public static void assertValidationFailed(HttpResponse<String> response, String errorsJson) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").toString()).isEqualTo(errorsJson);
    }
}
