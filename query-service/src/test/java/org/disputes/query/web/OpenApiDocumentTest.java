package org.disputes.query.web;

import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.ApiDocuments;
import org.disputes.testsupport.Spectral;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.testsupport.ApiDocuments.parameters;
import static org.disputes.testsupport.ApiDocuments.statuses;

/**
 * The query service's OpenAPI document at {@code /v3/api-docs}: every read with its description, example and the
 * problems it really answers (503 with {@code Retry-After} where {@code minVersion} waits in vain, the audit's
 * damaged history), the export's real media types; and the whole passes Spectral's {@code spectral:oas} rules
 * with no finding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final Path FILE = Path.of("target", "openapi", "query-service.json");

    @LocalServerPort
    int port;

    JsonNode document;
    Map<String, JsonNode> operations;

    @BeforeAll
    void readTheDocument() {
        document = ApiDocuments.fetch(port, FILE);
        operations = ApiDocuments.operations(document);
    }

    @Test
    void spectralsOpenApiRulesFindNothingToSay() {
        assertThat(Spectral.findings(FILE)).as("Spectral's findings on " + FILE.toAbsolutePath()).isEmpty();
    }

    @Test
    void everyOperationStatesADescriptionAFeatureItsSuccessWithAnExampleAndItsRefusalsAsProblems() {
        assertThat(operations).hasSizeGreaterThan(12);
        assertThat(ApiDocuments.omissions(document)).isEmpty();
    }

    @Test
    void aCaseAnswersItsViewOrTheReasonsItCannot() {
        JsonNode find = operations.get("GET /api/cases/{caseId}");

        assertThat(statuses(find)).contains("200", "400", "401", "403", "404", "503").doesNotContain("409", "412",
                "413", "415", "422");
        assertThat(find.path("responses").path("503").path("headers").has("Retry-After")).isTrue();
        assertThat(find.path("responses").path("404").path("description").asString()).contains("CASE_NOT_FOUND");
        // no POST here: no Idempotency-Key
        operations.values().forEach(operation -> assertThat(parameters(operation)).doesNotContain("Idempotency-Key"));
    }

    @Test
    void theExportsAnswerInTheirOwnMediaTypes() {
        assertThat(operations.get("GET /api/audit/events").path("responses").path("200").path("content")
                .propertyNames()).containsExactly("application/x-ndjson");
        assertThat(operations.get("GET /api/scam-contacts/export").path("responses").path("200").path("content")
                .propertyNames()).containsExactly("application/stix+json;version=2.1");
    }

    @Test
    void onlyTheApiIsPublishedByFeature() {
        assertThat(document.path("paths").has("/error")).isFalse();
        document.path("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asString()));
        assertThat(tags).contains("cases", "queues", "couriers", "scam", "audit", "identity")
                .noneMatch(tag -> tag.endsWith("-controller"));
        assertThat(statuses(operations.get("GET /api/me"))).doesNotContain("403");
    }

    @Test
    void swaggerUiOpensToAnyoneAndTheDocumentToTheSignedInOnly() throws Exception {
        ApiDocuments.assertSwaggerUiOpenAndDocumentSignedInOnly(port);
    }
}
