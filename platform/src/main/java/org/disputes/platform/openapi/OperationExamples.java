package org.disputes.platform.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An operation's examples, kept as plain JSON beside the code that answers it:
 * {@code openapi/examples/<operationId>.json} on the class path, {@code {"request": …, "response": …}} (either may
 * be left out). The request example goes on the request body, the response example on the operation's success
 * answer (its first 2xx with a body). Spectral checks each example against its schema
 * ({@code oas3-valid-media-example}), so an example cannot drift from the shape.
 */
final class OperationExamples {

    static final String LOCATION = "openapi/examples/";

    private final String location;

    OperationExamples(String location) {
        this.location = location;
    }

    void apply(Operation operation) {
        ClassPathResource file = new ClassPathResource(location + operation.getOperationId() + ".json");
        if (!file.exists()) {
            return;
        }
        Object request;
        Object response;
        try (InputStream in = file.getInputStream()) {
            var examples = Json.mapper().readTree(in);
            request = examples.has("request") ? examples.get("request") : null;
            response = examples.has("response") ? examples.get("response") : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the examples " + file.getPath(), e);
        }
        if (request != null && operation.getRequestBody() != null) {
            setExample(operation.getRequestBody().getContent(), request);
        }
        if (response != null && operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> answer : operation.getResponses().entrySet()) {
                if (answer.getKey().startsWith("2") && answer.getValue().getContent() != null
                        && !answer.getValue().getContent().isEmpty()) {
                    setExample(answer.getValue().getContent(), response);
                    break;
                }
            }
        }
    }

    private static void setExample(Content content, Object example) {
        if (content != null) {
            for (MediaType media : content.values()) {
                media.setExample(example);
            }
        }
    }
}
