package org.disputes.command.web;

import org.disputes.testsupport.ApiDocuments;
import org.disputes.testsupport.Spectral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.testsupport.ApiDocuments.parameters;
import static org.disputes.testsupport.ApiDocuments.statuses;

/**
 * The OpenAPI document at {@code /v3/api-docs} states the shape the service holds requests to: the same Bean
 * Validation constraints that refuse a request are what a client reads there (required fields, lengths, patterns);
 * every operation states its real success status, the problems it can answer, a description and examples; and the
 * whole passes Spectral's {@code spectral:oas} rules with no finding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    JsonNode document;
    JsonNode schemas;
    String text;

    @BeforeEach
    void readTheDocument() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v3/api-docs"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("agent:agent-demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        text = response.body();
        document = JSON.readTree(text);
        schemas = document.path("components").path("schemas");
    }

    @Test
    void spectralsOpenApiRulesFindNothingToSay() throws Exception {
        Path file = Path.of("target", "openapi", "command-service.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);

        assertThat(Spectral.findings(file)).as("Spectral's findings on " + file.toAbsolutePath()).isEmpty();
    }

    @Test
    void everyOperationStatesADescriptionAFeatureItsSuccessWithAnExampleAndItsRefusalsAsProblems() {
        assertThat(ApiDocuments.operations(document)).hasSizeGreaterThan(15);
        assertThat(ApiDocuments.omissions(document)).isEmpty();
    }

    @Test
    void theSuccessAnswersAreTheOnesTheServiceGives() {
        Map<String, JsonNode> operations = ApiDocuments.operations(document);

        assertThat(statuses(operations.get("POST /api/delivery-claims"))).contains("201").doesNotContain("200");
        assertThat(statuses(operations.get("POST /api/disputes"))).contains("201").doesNotContain("200");
        assertThat(statuses(operations.get("POST /api/scam-reports"))).contains("201").doesNotContain("200");
        assertThat(statuses(operations.get("POST /api/webhooks"))).contains("201").doesNotContain("200");
        for (String accepted : List.of("POST /api/cases/{caseId}/evidence", "POST /api/cases/{caseId}/decision",
                "POST /api/cases/{caseId}/appeal", "POST /api/cases/{caseId}/fraud-suspicion",
                "POST /api/scam-contacts/{contactId}/confirm", "POST /api/webhooks/deliveries/{deliveryId}/redeliver")) {
            assertThat(statuses(operations.get(accepted))).as(accepted).contains("202").doesNotContain("200", "201");
        }
        assertThat(statuses(operations.get("DELETE /api/webhooks/{webhookId}"))).contains("204").doesNotContain("200");
        assertThat(operations.get("DELETE /api/webhooks/{webhookId}").path("responses").path("204").has("content"))
                .isFalse();
        assertThat(operations.get("POST /api/delivery-claims").path("responses").path("201").path("headers")
                .has("Location")).isTrue();
    }

    @Test
    void everyRefusalTheEdgeGivesIsListedAndTheCasesOwnCodesToo() {
        Map<String, JsonNode> operations = ApiDocuments.operations(document);
        JsonNode evidence = operations.get("POST /api/cases/{caseId}/evidence");

        assertThat(statuses(evidence)).contains("400", "401", "403", "404", "409", "412", "413", "415", "422");
        assertThat(evidence.path("responses").path("409").path("description").asString())
                .contains("CASE_CLOSED", "DUPLICATE_EVIDENCE", "IDEMPOTENCY_KEY_IN_FLIGHT");
        assertThat(evidence.path("responses").path("404").path("description").asString()).contains("CASE_NOT_FOUND");
        assertThat(evidence.path("responses").path("409").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(parameters(evidence)).contains("caseId", "If-Match", "Idempotency-Key");
        assertThat(evidence.path("parameters").findValuesAsString("description"))
                .contains("The case's id").anyMatch(description -> description.contains("ETag"));
        // a claim names no case in its path and takes no If-Match: no 404, no 412
        assertThat(statuses(operations.get("POST /api/delivery-claims"))).doesNotContain("404", "412");
        // any signed-in user may ask who they are: no 403
        assertThat(statuses(operations.get("GET /api/me"))).contains("401").doesNotContain("403");
        assertThat(schemas.path("Problem").path("properties").path("code").path("enum").toString())
                .contains("VALIDATION_FAILED", "CASE_NOT_ESCALATED", "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void onlyTheApiIsPublishedByFeatureWithStableOperationIds() {
        assertThat(document.path("paths").has("/error")).isFalse();
        document.path("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asString()));
        assertThat(tags).contains("claims", "evidence", "escalation", "scam", "webhooks", "identity")
                .noneMatch(tag -> tag.endsWith("-controller"));
        Map<String, JsonNode> operations = ApiDocuments.operations(document);
        assertThat(operations.get("POST /api/delivery-claims").path("operationId").asString())
                .isEqualTo("claimsFileDeliveryClaim");
        assertThat(document.path("components").path("securitySchemes").has("basic")).isTrue();
        assertThat(document.path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    /** Swagger UI's page holds no data and opens to anyone; the document it shows needs a signed-in user. */
    @Test
    void swaggerUiOpensToAnyoneAndTheDocumentToTheSignedInOnly() throws Exception {
        ApiDocuments.assertSwaggerUiOpenAndDocumentSignedInOnly(port);
    }



    @Test
    void aDeliveryClaimNamesItsRequiredFieldsLengthsAndForms() {
        JsonNode claim = schemas.path("DeliveryClaimRequest");

        assertThat(required(claim)).contains("orderId", "customerId", "sellerId", "jurisdiction", "amount", "tenders")
                .doesNotContain("caseId", "carrierId", "statement");
        assertThat(claim.path("properties").path("statement").path("maxLength").asInt()).isEqualTo(4000);
        assertThat(claim.path("properties").path("tenders").path("maxItems").asInt()).isEqualTo(20);
        assertThat(claim.path("properties").path("orderId").path("pattern").asString())
                .isEqualTo("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");
        assertThat(claim.path("properties").path("jurisdiction").path("pattern").asString()).isEqualTo("[A-Z]{2}");
        assertThat(claim.path("properties").path("caseId").path("pattern").asString())
                .isEqualTo("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    @Test
    void anAmountIsADecimalStringInAnIsoCurrency() {
        JsonNode money = schemas.path("MoneyRequest");

        assertThat(required(money)).containsExactlyInAnyOrder("value", "currency");
        assertThat(money.path("properties").path("value").path("pattern").asString())
                .isEqualTo("\\d{1,15}(\\.\\d{1,6})?");
        assertThat(money.path("properties").path("currency").path("pattern").asString()).isEqualTo("[A-Z]{3}");
    }

    @Test
    void evidenceNamesItsDigestLinkAndDescriptionLimits() {
        JsonNode evidence = schemas.path("EvidenceRequest");

        assertThat(required(evidence)).contains("sha256", "uri");
        assertThat(evidence.path("properties").path("sha256").path("pattern").asString()).isEqualTo("[0-9a-f]{64}");
        assertThat(evidence.path("properties").path("uri").path("maxLength").asInt()).isEqualTo(2048);
        assertThat(evidence.path("properties").path("description").path("maxLength").asInt()).isEqualTo(2000);
    }

    @Test
    void theRequestsOfTheAdjudicationNameWhatTheyRequire() {
        assertThat(required(schemas.path("FraudSuspicionRequest"))).containsExactly("regulatorNotified");
        assertThat(required(schemas.path("DecisionRequest"))).containsExactly("outcome");
        assertThat(required(schemas.path("AppealRequest"))).containsExactly("reason");
        assertThat(schemas.path("DecisionRequest").path("properties").path("justification").path("maxLength").asInt())
                .isEqualTo(4000);
    }

    private static List<String> required(JsonNode schema) {
        assertThat(schema.isObject()).as("a schema").isTrue();
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(name -> names.add(name.asString()));
        return names;
    }
}
