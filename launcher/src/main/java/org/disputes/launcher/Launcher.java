package org.disputes.launcher;

import org.disputes.localdb.DatabaseResolver;
import org.disputes.process.ServiceCollector;
import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs everything on one machine: resolves the database (DISPUTES_DB_URL, else localhost:5432, else an embedded
 * PostgreSQL kept in {@code .run-data/}), then starts the command service and, once it is up (it owns the event
 * store's schema), the query service, then the console that people use in their browser. The console's address is
 * the first thing it prints. Ctrl-C stops all of it.
 */
public final class Launcher {

    static final String DATABASE = "disputes";
    private final List<Process> services = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        try {
            new Launcher().run(Path.of(System.getProperty("disputes.home", ".")).toAbsolutePath().normalize());
        } catch (IllegalStateException refused) {
            // what stops the run is said in a sentence, not a stack trace
            System.err.println(refused.getMessage());
            System.exit(2);
        }
    }

    private void run(Path home) throws Exception {
        int commandPort = port("COMMAND_PORT", 8081);
        int queryPort = port("QUERY_PORT", 8082);
        int consolePort = port("CONSOLE_PORT", 8080);
        int commandManagementPort = port(COMMAND_MANAGEMENT_PORT, 9081);
        int queryManagementPort = port(QUERY_MANAGEMENT_PORT, 9082);
        System.out.println("Console: http://localhost:" + consolePort + " (once it has started with the services)");
        System.out.println("Checking ports " + commandPort + ", " + queryPort + ", " + consolePort
                + " (console), " + commandManagementPort + " and " + queryManagementPort + " (metrics) are free...");
        if (!portsFree(Map.of("command-service", commandPort, "query-service", queryPort,
                "console", consolePort, "command-service metrics", commandManagementPort,
                "query-service metrics", queryManagementPort))) {
            throw new IllegalStateException("Nothing was started.");
        }
        System.out.println("Finding the database...");
        DatabaseResolver.Resolved db = new DatabaseResolver().resolve(home.resolve(".run-data/postgres"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db)));
        String database = db.database() != null ? db.database() : DATABASE;
        String url = db.server().urlOf(database);
        try {
            if (db.database() == null) {
                db.server().ensureDatabase(database);
            }
            db.server().connect(database).close();
        } catch (SQLException e) {
            throw new IllegalStateException(refused(e));
        }
        System.out.println("Database: " + url + " (" + db.source() + ")");
        Map<String, String> env = Map.of("DISPUTES_DB_URL", url, "DISPUTES_DB_USER", db.server().user(),
                "DISPUTES_DB_PASSWORD", db.server().password(),
                // a demo on one machine: API.md's demo users (the services log a warning while they are active)
                "DISPUTES_SECURITY_DEMO_USERS", "true",
                "DISPUTES_MASTER_KEY_FILE", demoMasterKey().toString());

        System.out.println("Starting command-service on :" + commandPort + "...");
        start(home.resolve("command-service/target/command-service.jar"), ServiceCollector.options(),
                withManagementPort(env, commandManagementPort), commandPort);
        awaitHealthy("command-service", URI.create("http://localhost:" + commandPort));
        System.out.println("Starting query-service on :" + queryPort + "...");
        start(home.resolve("query-service/target/query-service.jar"), ServiceCollector.options(),
                withManagementPort(env, queryManagementPort), queryPort);
        awaitHealthy("query-service", URI.create("http://localhost:" + queryPort));
        System.out.println("Starting the console on :" + consolePort + "...");
        start(home.resolve("console/target/console.jar"), List.of(), Map.of(
                "DISPUTES_COMMAND_URL", "http://localhost:" + commandPort,
                "DISPUTES_QUERY_URL", "http://localhost:" + queryPort), consolePort);
        awaitHealthy("console", URI.create("http://localhost:" + consolePort));
        System.out.printf("""

                Ready.
                  console          http://localhost:%d   (sign in in your browser)
                  command-service  http://localhost:%d   (POST /api/delivery-claims, /api/disputes, /api/cases/{id}/evidence)
                  query-service    http://localhost:%d   (GET /api/cases, /api/cases/{id}, /api/cases/{id}/timeline)
                  metrics          http://localhost:%d/actuator/prometheus, http://localhost:%d/actuator/prometheus
                  users            agent/agent-demo, lead/lead-demo, auditor/auditor-demo, carrier/carrier-demo,
                                   seller/seller-demo, ops/ops-demo, dpo/dpo-demo (demo users: not for production)
                Ctrl-C stops everything.
                """, consolePort, commandPort, queryPort, commandManagementPort, queryManagementPort);
        for (Process service : services) {
            service.waitFor();
        }
    }

    /** Prints which port is taken, and by whom when the machine can tell; true when all are free. */
    private static boolean portsFree(Map<String, Integer> ports) {
        boolean free = true;
        for (Map.Entry<String, Integer> port : new TreeMap<>(ports).entrySet()) {
            if (!Ports.free(port.getValue())) {
                free = false;
                System.err.println("Port " + port.getValue() + " (for " + port.getKey() + ") is already in use"
                        + Ports.holder(port.getValue()).map(p -> " by " + p).orElse("")
                        + ". Stop what holds it, or choose another port"
                        + (port.getKey().equals("console") ? "" : " with " + variableOf(port.getKey())) + ".");
            }
        }
        return free;
    }

    private static String variableOf(String service) {
        boolean metrics = service.endsWith("metrics");
        return service.startsWith("command")
                ? (metrics ? COMMAND_MANAGEMENT_PORT : "COMMAND_PORT")
                : (metrics ? QUERY_MANAGEMENT_PORT : "QUERY_PORT");
    }

    /** The service's management port (Prometheus, health groups), on this machine only. */
    private static Map<String, String> withManagementPort(Map<String, String> env, int managementPort) {
        Map<String, String> with = new java.util.HashMap<>(env);
        with.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        return with;
    }

    /** A database that refuses the login (or has no such database) is a sentence saying what to set. */
    static String refused(SQLException e) {
        return "The database refused the connection: " + e.getMessage() + ". Set DISPUTES_DB_URL (e.g. "
                + "jdbc:postgresql://localhost:5432/disputes), DISPUTES_DB_USER and DISPUTES_DB_PASSWORD to a "
                + "PostgreSQL database and a login it accepts.";
    }

    private void start(Path jar, List<String> jvmOptions, Map<String, String> env, int port) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        ProcessBuilder builder = new ProcessBuilder(ServiceProcess.javaCommand(jvmOptions, jar)).inheritIO();
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
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

    static final String COMMAND_MANAGEMENT_PORT = "COMMAND_MANAGEMENT_PORT";
    static final String QUERY_MANAGEMENT_PORT = "QUERY_MANAGEMENT_PORT";

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : Integer.parseInt(value);
    }

    /**
     * The master key of customers' personal data (docs/PRIVACY.md): DISPUTES_MASTER_KEY_FILE when set, else the demo's
     * own, made on the first run and kept with the demo's database, which is unreadable without it.
     */
    private static Path demoMasterKey() throws IOException {
        String configured = System.getenv("DISPUTES_MASTER_KEY_FILE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path file = Path.of(System.getProperty("user.home"), ".disputes", "demo-master-key");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            createReadableByOwnerOnly(file);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            System.out.println("Made the demo's master key for personal data: " + file);
        }
        return file;
    }

    /** Readable by its owner alone from the moment it exists, where the file system has POSIX permissions. */
    private static void createReadableByOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file); // Windows: the user's profile folder is theirs alone
        }
    }
}
