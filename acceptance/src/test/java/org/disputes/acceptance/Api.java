package org.disputes.acceptance;

import org.disputes.process.ServiceProcess;
import org.disputes.testsupport.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP to one service, as a named demo user. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ServiceProcess service;

    Api(ServiceProcess service) {
        this.service = service;
    }

    Response post(String path, String user, Object body) throws IOException, InterruptedException {
        return post(path, user, body, java.util.Map.of());
    }

    Response post(String path, String user, Object body, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request, user);
    }

    Response get(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(service.uri(path)).GET(), user);
    }

    Response delete(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(service.uri(path)).DELETE(), user);
    }

    private static Response send(HttpRequest.Builder request, String user) throws IOException, InterruptedException {
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(),
                response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()), response.body());
    }

    record Response(int status, HttpHeaders headers, JsonNode body, String text) {
        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String retryAfter() {
            return headers.firstValue("Retry-After").orElse(null);
        }

        String at(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }
    }
}
