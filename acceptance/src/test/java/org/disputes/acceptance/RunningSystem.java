package org.disputes.acceptance;

import java.util.List;
import java.util.Map;

/**
 * The system under test, started once per test run and shared by the stories: the command service first (it
 * migrates the event store), then the query service, each a process of its own on the run's throwaway database.
 */
final class RunningSystem {

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
            ServiceProcess commands = ServiceProcess.start("command-service", ServiceProcess.freePort(),
                    Map.of(), COMMAND_SETTINGS);
            ServiceProcess queries = ServiceProcess.start("query-service", ServiceProcess.freePort(), Map.of(),
                    List.of());
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
        restartQueries(List.of("-Xmx384m"), arguments);
    }

    synchronized void restartQueries(List<String> jvmOptions, List<String> arguments) throws Exception {
        int port = queries.port();
        queries.close();
        queries = ServiceProcess.start("query-service", port, Map.of(), jvmOptions, arguments);
    }

    ServiceProcess queryProcess() {
        return queries;
    }

    /** Kills the command service outright (SIGKILL: no shutdown hooks, no goodbye) and starts it again. */
    synchronized void crashAndRestartCommands() throws Exception {
        int port = commands.port();
        commands.kill();
        commands = ServiceProcess.start("command-service", port, Map.of(), COMMAND_SETTINGS);
    }

    private void stop() {
        queries.close();
        commands.close();
    }
}
