package org.disputes.acceptance;

import org.disputes.localdb.ThrowawayDatabase;
import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The console's stories run against a system of their own: the command service, the query service and the console,
 * three processes on a database of their own (the other stories' three-second window is too short for a person
 * filling forms in a browser, and two command services on one event store would share one saga).
 */
final class ConsoleSystem {

    /** Long enough to file a claim and add three items of evidence through the forms before it closes. */
    static final Duration RESPONSE_WINDOW = Duration.ofSeconds(30);
    /** The database server is shared with the other stories (and other builds): these services take few connections. */
    private static final String SMALL_POOL = "--spring.datasource.hikari.maximum-pool-size=6";
    private static ConsoleSystem instance;

    private final ThrowawayDatabase database;
    private final ServiceProcess commands;
    private final ServiceProcess queries;
    private final ServiceProcess console;

    private ConsoleSystem(ThrowawayDatabase database, ServiceProcess commands, ServiceProcess queries,
                          ServiceProcess console) {
        this.database = database;
        this.commands = commands;
        this.queries = queries;
        this.console = console;
    }

    static synchronized ConsoleSystem get() throws Exception {
        if (instance == null) {
            ThrowawayDatabase database = ThrowawayDatabase.create();
            // the services sign in API.md's demo users only when told to (as RunningSystem tells them)
            Map<String, String> db = Map.of("DISPUTES_DB_URL", database.url(), "DISPUTES_DB_USER", database.user(),
                    "DISPUTES_DB_PASSWORD", database.password(), "DISPUTES_SECURITY_DEMO_USERS", "true",
                    "DISPUTES_MASTER_KEY", RunningSystem.MASTER_KEY);
            List<ServiceProcess> started = new java.util.ArrayList<>();
            try {
                ServiceProcess commands = started(started, start("command-service", db,
                        List.of("--disputes.policy.response-window=" + RESPONSE_WINDOW, SMALL_POOL,
                                // the operator's pages subscribe a receiver the test runs, on loopback over http
                                "--disputes.webhooks.allow-insecure-targets=true",
                                "--disputes.webhooks.allow-private-targets=true")));
                ServiceProcess queries = started(started, start("query-service", db, List.of(SMALL_POOL)));
                ServiceProcess console = started(started, start("console", Map.of(
                        "DISPUTES_COMMAND_URL", "http://localhost:" + commands.port(),
                        "DISPUTES_QUERY_URL", "http://localhost:" + queries.port()), List.of()));
                instance = new ConsoleSystem(database, commands, queries, console);
            } catch (Exception | Error e) {
                // nothing of a half-started system may outlive the test run
                started.forEach(ServiceProcess::close);
                database.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    private static ServiceProcess started(List<ServiceProcess> started, ServiceProcess process) {
        started.add(process);
        return process;
    }

    URI console() {
        return console.uri("/");
    }

    Api commands() {
        return new Api(commands);
    }

    /** The system's database, for a story that must store what no API would (a stored event nothing can read). */
    java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    Api queries() {
        return new Api(queries);
    }

    private static ServiceProcess start(String name, Map<String, String> environment, List<String> arguments)
            throws IOException, InterruptedException {
        return RunningSystem.launch(name, RunningSystem.logs().resolve("console-system"), ServiceProcess.freePort(),
                environment, List.of(), arguments);
    }

    private void stop() {
        ServiceProcess.closeAll(List.of(console, queries, commands));
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("The console stories' database was not dropped: " + e.getMessage());
        }
    }
}
