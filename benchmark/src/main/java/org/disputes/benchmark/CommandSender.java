package org.disputes.benchmark;

import org.disputes.process.ServiceProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Sends the desk's commands without waiting for them; failures are counted, an accepted one answers its version. */
final class CommandSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An accepted command: the case's version it produced, and when its answer arrived ({@link System#nanoTime()}). */
    record Answer(long version, long answeredAt) {
    }

    private final HttpClient http = LoadClient.create();
    private final Failures failures;

    CommandSender(Failures failures) {
        this.failures = failures;
    }

    /** Completes with the answer once it arrives, or empty when the command failed (already counted). */
    CompletableFuture<Optional<Answer>> send(ServiceProcess to, DeskScript.Command command) {
        HttpRequest request = HttpRequest.newBuilder(to.uri(command.path()))
                .header("Authorization", command.authorization()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(command.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            long answeredAt = System.nanoTime();
            if (error != null) {
                failures.add(-1, error.toString());
                return Optional.empty();
            }
            if (response.statusCode() != command.accepted()) {
                failures.add(response.statusCode(), command.path() + " -> " + response.body());
                return Optional.empty();
            }
            JsonNode answer = JSON.readTree(response.body());
            return Optional.of(new Answer(answer.path("version").asLong(), answeredAt));
        });
    }
}
