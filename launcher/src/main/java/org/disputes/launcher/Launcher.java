package org.disputes.launcher;

import org.disputes.localdb.DatabaseResolver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs everything on one machine: resolves the database (DISPUTES_DB_URL, else localhost:5432, else an embedded
 * PostgreSQL kept in {@code .run-data/}), then starts the command service and, once it is up (it owns the event
 * store's schema), the query service. Ctrl-C stops all of it.
 */
public final class Launcher {

    static final String DATABASE = "disputes";
    private final List<Process> services = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Launcher().run(Path.of(System.getProperty("disputes.home", ".")).toAbsolutePath().normalize());
    }

    private void run(Path home) throws Exception {
        DatabaseResolver.Resolved db;
        try {
            db = new DatabaseResolver().resolve(home.resolve(".run-data/postgres"));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String database = db.database() != null ? db.database() : DATABASE;
        if (db.database() == null) {
            db.server().ensureDatabase(database);
        }
        String url = db.server().urlOf(database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db)));
        Map<String, String> env = Map.of("DISPUTES_DB_URL", url, "DISPUTES_DB_USER", db.server().user(),
                "DISPUTES_DB_PASSWORD", db.server().password());
        System.out.println("Database: " + url + " (" + db.source() + ")");

        start(home.resolve("command-service/target/command-service.jar"), env);
        awaitHealthy("command-service", URI.create("http://localhost:" + port("COMMAND_PORT", 8081)));
        start(home.resolve("query-service/target/query-service.jar"), Map.of(
                "DISPUTES_DB_URL", url, "DISPUTES_DB_USER", db.server().user(),
                "DISPUTES_DB_PASSWORD", db.server().password(), "SERVER_PORT", String.valueOf(port("QUERY_PORT", 8082))));
        awaitHealthy("query-service", URI.create("http://localhost:" + port("QUERY_PORT", 8082)));
        System.out.printf("""

                Ready.
                  command-service  http://localhost:%d   (POST /api/delivery-claims, /api/disputes, /api/cases/{id}/evidence)
                  query-service    http://localhost:%d   (GET /api/cases, /api/cases/{id}, /api/cases/{id}/timeline)
                  users            agent/agent-demo, lead/lead-demo, auditor/auditor-demo, carrier/carrier-demo, seller/seller-demo
                Ctrl-C stops everything.
                """, port("COMMAND_PORT", 8081), port("QUERY_PORT", 8082));
        for (Process service : services) {
            service.waitFor();
        }
    }

    private void start(Path jar, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).inheritIO();
        builder.environment().putAll(env);
        if (jar.getFileName().toString().startsWith("command")) {
            builder.environment().put("SERVER_PORT", String.valueOf(port("COMMAND_PORT", 8081)));
        }
        services.add(builder.start());
    }

    private void awaitHealthy(String name, URI base) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (services.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException(name + " stopped while starting; see its log above");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become healthy within 3 minutes");
    }

    private void stop(DatabaseResolver.Resolved db) {
        services.forEach(Process::destroy);
        for (Process service : services) {
            try {
                service.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            db.close();
        } catch (IOException e) {
            System.err.println("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
