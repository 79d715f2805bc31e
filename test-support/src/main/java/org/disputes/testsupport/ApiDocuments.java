package org.disputes.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document as a client reads it, and what every operation of it must state
 * (docs/API-DOCUMENT.md): a description and a feature tag, a success answer with an example when it has a body,
 * an example of its request body, and every refusal as {@code application/problem+json}.
 */
public final class ApiDocuments {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ApiDocuments() {
    }

    /** The document at {@code /v3/api-docs} as a signed-in user reads it, also written to {@code file}. */
    public static JsonNode fetch(int port, Path file) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .header("Authorization", DemoUsers.basic("agent")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Every operation as {@code METHOD path}, with what it states. */
    public static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    /** What an operation leaves unsaid, one sentence each; empty when it states everything. */
    public static List<String> omissions(JsonNode document) {
        List<String> omissions = new ArrayList<>();
        operations(document).forEach((name, operation) -> {
            if (operation.path("description").asString("").isBlank()) {
                omissions.add(name + " has no description");
            }
            if (operation.path("summary").asString("").isBlank()) {
                omissions.add(name + " has no summary");
            }
            if (operation.path("tags").isEmpty()) {
                omissions.add(name + " has no tag");
            }
            boolean success = false;
            for (var answer : operation.path("responses").properties()) {
                String status = answer.getKey();
                JsonNode content = answer.getValue().path("content");
                if (status.startsWith("2")) {
                    success = true;
                    content.properties().forEach(media -> {
                        if (media.getValue().path("example").isMissingNode()
                                && media.getValue().path("examples").isMissingNode()) {
                            omissions.add(name + " answers " + status + " " + media.getKey() + " with no example");
                        }
                    });
                } else if (status.startsWith("4") || status.startsWith("5")) {
                    List<String> media = new ArrayList<>();
                    content.properties().forEach(m -> media.add(m.getKey()));
                    if (!media.equals(List.of("application/problem+json"))) {
                        omissions.add(name + " answers " + status + " as " + media + ", not application/problem+json");
                    }
                }
            }
            if (!success) {
                omissions.add(name + " has no success answer");
            }
            operation.path("requestBody").path("content").properties().forEach(media -> {
                if (media.getValue().path("example").isMissingNode() && media.getValue().path("examples").isMissingNode()) {
                    omissions.add(name + " takes " + media.getKey() + " with no example");
                }
            });
        });
        return omissions;
    }

    /** The status codes an operation answers with, as the document lists them. */
    public static List<String> statuses(JsonNode operation) {
        assertThat(operation).as("an operation").isNotNull();
        return new ArrayList<>(operation.path("responses").propertyNames());
    }

    /** The names of an operation's parameters. */
    public static List<String> parameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.path("name").asString()));
        return names;
    }

    /** Swagger UI's page and configuration hold no data and open to anyone; the document needs a signed-in user. */
    public static void assertSwaggerUiOpenAndDocumentSignedInOnly(int port) throws IOException, InterruptedException {
        HttpResponse<String> page = anonymous(port, "/swagger-ui/index.html");
        HttpResponse<String> configuration = anonymous(port, "/v3/api-docs/swagger-config");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(configuration.statusCode()).isEqualTo(200);
        assertThat(configuration.body()).contains("/v3/api-docs");
        assertThat(anonymous(port, "/v3/api-docs").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> anonymous(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
