package org.disputes.acceptance;

import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The system under test, started once per test run and shared by the stories: the command service first (it
 * migrates the event store), then the query service, each a process of its own on the run's throwaway database.
 */
final class RunningSystem {

    private static final Path REPOSITORY = Path.of(System.getProperty("disputes.jars", "..")).toAbsolutePath().normalize();
    private static RunningSystem instance;

    /** Short enough for stories to watch a window close; nothing in the code assumes days. */
    static final java.time.Duration RESPONSE_WINDOW = java.time.Duration.ofSeconds(3);
    static final List<String> COMMAND_SETTINGS = List.of(
            "--disputes.policy.response-window=" + RESPONSE_WINDOW,
            "--disputes.policy.unauthorized-refund-by=" + RESPONSE_WINDOW);

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
        restartQueries(List.of(), arguments);
    }

    synchronized void restartQueries(List<String> jvmOptions, List<String> arguments) throws Exception {
        int port = queries.port();
        queries.close();
        queries = start("query-service", port, jvmOptions, arguments);
    }

    ServiceProcess queryProcess() {
        return queries;
    }

    /** Kills the command service outright (SIGKILL: no shutdown hooks, no goodbye) and starts it again. */
    synchronized void crashAndRestartCommands() throws Exception {
        int port = commands.port();
        commands.kill();
        commands = start("command-service", port, List.of(), COMMAND_SETTINGS);
    }

    /**
     * Starts {@code name} from its jar on the test run's database; quick to start (C1 only) and, unless the options
     * say otherwise, with a 384 MiB heap.
     */
    private static ServiceProcess start(String name, int port, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
            options.add("-Xmx384m");
        }
        options.addAll(jvmOptions);
        return ServiceProcess.start(REPOSITORY.resolve(name).resolve("target").resolve(name + ".jar"),
                REPOSITORY.resolve("acceptance/target/service-logs"), port,
                Map.of("DISPUTES_DB_URL", System.getProperty("DISPUTES_DB_URL"),
                        "DISPUTES_DB_USER", System.getProperty("DISPUTES_DB_USER"),
                        "DISPUTES_DB_PASSWORD", System.getProperty("DISPUTES_DB_PASSWORD")),
                options, arguments);
    }

    private void stop() {
        queries.close();
        commands.close();
    }
}
