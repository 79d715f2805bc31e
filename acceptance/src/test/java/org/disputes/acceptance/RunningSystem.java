package org.disputes.acceptance;

import java.util.List;
import java.util.Map;

/**
 * The system under test, started once per test run and shared by the stories: the command service first (it
 * migrates the event store), then the query service, each a process of its own on the run's throwaway database.
 */
final class RunningSystem {

    private static RunningSystem instance;

    private final ServiceProcess commands;
    private ServiceProcess queries;

    private RunningSystem(ServiceProcess commands, ServiceProcess queries) {
        this.commands = commands;
        this.queries = queries;
    }

    static synchronized RunningSystem get() throws Exception {
        if (instance == null) {
            ServiceProcess commands = ServiceProcess.start("command-service", ServiceProcess.freePort(),
                    Map.of(), List.of());
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
        int port = queries.port();
        queries.close();
        queries = ServiceProcess.start("query-service", port, Map.of(), arguments);
    }

    private void stop() {
        queries.close();
        commands.close();
    }
}
