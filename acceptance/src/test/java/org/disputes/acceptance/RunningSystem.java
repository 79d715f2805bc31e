package org.disputes.acceptance;

import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The system under test, started once per test run and shared by the stories: the command service first (it
 * migrates the event store), then the query service, each a process of its own on the run's throwaway database,
 * signing in API.md's demo users.
 */
final class RunningSystem {

    private static final Path REPOSITORY = Path.of(System.getProperty("disputes.jars", "..")).toAbsolutePath().normalize();
    private static RunningSystem instance;

    /** Short enough for stories to watch a window close; nothing in the code assumes days. */
    static final java.time.Duration RESPONSE_WINDOW = java.time.Duration.ofSeconds(3);
    static final List<String> COMMAND_SETTINGS = List.of(
            "--disputes.policy.response-window=" + RESPONSE_WINDOW,
            "--disputes.policy.unauthorized-refund-by=" + RESPONSE_WINDOW,
            // webhook receivers run in the tests, on loopback over http; retries, giving up and a rotation's
            // overlap in seconds, so that stories can watch them
            "--disputes.webhooks.allow-insecure-targets=true",
            "--disputes.webhooks.allow-private-targets=true",
            "--disputes.webhooks.first-retry=PT1S",
            "--disputes.webhooks.max-retry-interval=PT4S",
            "--disputes.webhooks.retry-for=PT30S",
            "--disputes.webhooks.rotation-overlap=PT10S");

    /** This run's master key (docs/PRIVACY.md), made for it: both services need the same one. */
    static final String MASTER_KEY = masterKey();

    private ServiceProcess commands;
    private ServiceProcess queries;

    private RunningSystem(ServiceProcess commands, ServiceProcess queries) {
        this.commands = commands;
        this.queries = queries;
    }

    static synchronized RunningSystem get() throws Exception {
        if (instance == null) {
            ServiceProcess commands = start("command-service", ServiceProcess.freePort(), List.of(), COMMAND_SETTINGS);
            ServiceProcess queries = start("query-service", ServiceProcess.freePort(), List.of(), List.of());
            instance = new RunningSystem(commands, queries);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    Api commands() {
        return new Api(commands);
    }

    Api queries() {
        return new Api(queries);
    }

    /** Stops the query service and starts it again with {@code arguments}, on the same port. */
    synchronized void restartQueries(List<String> arguments) throws Exception {
        int port = queries.port();
        queries.close();
        queries = start("query-service", port, List.of(), arguments);
    }

    ServiceProcess queryProcess() {
        return queries;
    }

    ServiceProcess commandProcess() {
        return commands;
    }

    /** Kills the command service outright (SIGKILL: no shutdown hooks, no goodbye) and starts it again. */
    synchronized void crashAndRestartCommands() throws Exception {
        crashCommands();
        restartCommands();
    }

    /** Kills the command service outright (SIGKILL); {@link #restartCommands()} brings it back on the same port. */
    synchronized void crashCommands() throws InterruptedException {
        commands.kill();
    }

    /** Starts the command service again, on its port, after {@link #crashCommands()}. */
    synchronized void restartCommands() throws Exception {
        commands = start("command-service", commands.port(), List.of(), COMMAND_SETTINGS);
    }

    /** Starts {@code name} from its jar on the test run's database. */
    private static ServiceProcess start(String name, int port, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        return start(name, database(), port, jvmOptions, arguments);
    }

    /**
     * Starts {@code name} from its jar on {@code database} (its environment, as {@link #database()} names it), signing
     * in the demo users, with this run's master key and a log line for each message handled.
     */
    static ServiceProcess start(String name, Map<String, String> database, int port, List<String> jvmOptions,
                                List<String> arguments) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(database);
        environment.put("DISPUTES_SECURITY_DEMO_USERS", "true");
        // a line for each message handled, with its trace id: how a request is followed through the logs
        environment.put("LOGGING_LEVEL_ORG_DISPUTES_PLATFORM_OBSERVABILITY", "DEBUG");
        environment.put("DISPUTES_MASTER_KEY", MASTER_KEY);
        return launch(name, logs(), port, environment, jvmOptions, arguments);
    }

    /** A service that exits before it is up (on a busy machine the shared server had no connection left) is started
     * again, up to this many times in all. */
    private static final int START_ATTEMPTS = 3;

    /**
     * Starts {@code name} from its jar as every test system starts its services: quick to start (C1 only), a 384 MiB
     * heap unless {@code jvmOptions} say otherwise, and started again when it exits before it is up.
     */
    static ServiceProcess launch(String name, Path logs, int port, Map<String, String> environment,
                                 List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
            options.add("-Xmx384m");
        }
        options.addAll(jvmOptions);
        for (int attempt = 1; ; attempt++) {
            try {
                return ServiceProcess.start(jar(name), logs, port, environment, options, arguments);
            } catch (IllegalStateException exited) {
                if (attempt == START_ATTEMPTS) {
                    throw exited;
                }
                System.err.println(exited.getMessage() + "; starting it again");
            }
        }
    }

    /** The packaged jar of service {@code name}. */
    static Path jar(String name) {
        return REPOSITORY.resolve(name).resolve("target").resolve(name + ".jar");
    }

    /** Where the services started by the tests log. */
    static Path logs() {
        return REPOSITORY.resolve("acceptance/target/service-logs");
    }

    /** The test run's throwaway database, as the services' environment names it. */
    static Map<String, String> database() {
        return Map.of("DISPUTES_DB_URL", System.getProperty("DISPUTES_DB_URL"),
                "DISPUTES_DB_USER", System.getProperty("DISPUTES_DB_USER"),
                "DISPUTES_DB_PASSWORD", System.getProperty("DISPUTES_DB_PASSWORD"));
    }

    private static String masterKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private void stop() {
        ServiceProcess.closeAll(List.of(queries, commands));
    }
}
