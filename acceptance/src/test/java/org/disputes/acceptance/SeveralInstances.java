package org.disputes.acceptance;

import org.disputes.localdb.ThrowawayDatabase;
import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two command services and two query services, four processes with their default pools, on one database of their
 * own; a command service can be killed outright (SIGKILL) and started again on its port.
 */
final class SeveralInstances implements AutoCloseable {

    /** The adjudication saga's tracking processor: its segments are claimed in {@code command.token_entry}. */
    static final String SAGA = "AdjudicationSagaProcessor";
    /** The stories' settings, plus an appeal window as short as the response window and deadlines beating often. */
    private static final List<String> COMMAND_SETTINGS = settings();

    private final ThrowawayDatabase database;
    private final Map<String, String> environment;
    private final ServiceProcess[] commands = new ServiceProcess[2];
    private final ServiceProcess[] queries = new ServiceProcess[2];
    private final AtomicBoolean open = new AtomicBoolean(true);

    private SeveralInstances(ThrowawayDatabase database) {
        this.database = database;
        environment = Map.of("DISPUTES_DB_URL", database.url(), "DISPUTES_DB_USER", database.user(),
                "DISPUTES_DB_PASSWORD", database.password(), "DISPUTES_SECURITY_DEMO_USERS", "true",
                "DISPUTES_MASTER_KEY", RunningSystem.MASTER_KEY);
    }

    /**
     * Starts the first command service alone (it migrates the event store), then the second one beside the first
     * query service (which migrates the views), then the second query service. Whatever fails, nothing started
     * outlives the call.
     */
    static SeveralInstances start() throws Exception {
        SeveralInstances system = new SeveralInstances(ThrowawayDatabase.create());
        // nothing of it may outlive the test run, even one cut short
        Runtime.getRuntime().addShutdownHook(new Thread(system::close));
        try {
            system.commands[0] = system.start("command-service", ServiceProcess.freePort(), COMMAND_SETTINGS);
            CompletableFuture<ServiceProcess> second = CompletableFuture.supplyAsync(() -> system.startUnchecked(
                    "command-service", COMMAND_SETTINGS));
            try {
                system.queries[0] = system.start("query-service", ServiceProcess.freePort(), List.of());
            } finally {
                system.commands[1] = second.join();
            }
            system.queries[1] = system.start("query-service", ServiceProcess.freePort(), List.of());
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    /** The command service {@code i} (0 or 1); its port stays the same across restarts. */
    Api commands(int i) {
        return new Api(commands[i]);
    }

    Api queries(int i) {
        return new Api(queries[i]);
    }

    ServiceProcess commandProcess(int i) {
        return commands[i];
    }

    /** The command service holding every segment of the adjudication saga, or -1 while none holds them all. */
    int sagaHolder() throws SQLException {
        try (Connection db = connect(); var owners = db.prepareStatement("""
                select owner, count(*) from command.token_entry where processor_name = ? group by owner""")) {
            owners.setString(1, SAGA);
            try (var rs = owners.executeQuery()) {
                List<String> held = new ArrayList<>();
                while (rs.next()) {
                    held.add(rs.getString(1) + " " + rs.getLong(2));
                }
                for (int i = 0; i < commands.length; i++) {
                    if (held.size() == 1 && held.get(0).startsWith(commands[i].pid() + "@")) {
                        return i;
                    }
                }
                return -1;
            }
        }
    }

    /** SIGKILL: the service gets no chance to finish or hand over anything. */
    void kill(int i) throws InterruptedException {
        commands[i].kill();
    }

    /** Starts the killed command service {@code i} again on its port. */
    void restart(int i) throws Exception {
        commands[i] = start("command-service", commands[i].port(), COMMAND_SETTINGS);
    }

    /** Connections the four services hold on the database now. */
    long connections(Connection db) throws SQLException {
        try (var count = db.prepareStatement("""
                select count(*) from pg_stat_activity
                where datname = ? and application_name in ('command-service', 'query-service')""")) {
            count.setString(1, database.name());
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** Stops every service at once and drops the database; once. */
    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        List<ServiceProcess> running = new ArrayList<>();
        for (ServiceProcess service : List.of(commands, queries).stream().flatMap(java.util.Arrays::stream).toList()) {
            if (service != null) {
                running.add(service);
            }
        }
        ServiceProcess.closeAll(running);
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("The several instances' database " + database.name() + " was not dropped: "
                    + e.getMessage());
        }
    }

    private ServiceProcess startUnchecked(String name, List<String> arguments) {
        try {
            return start(name, ServiceProcess.freePort(), arguments);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ServiceProcess start(String name, int port, List<String> arguments)
            throws IOException, InterruptedException {
        return RunningSystem.launch(name, logs(), port, environment, List.of(), arguments);
    }

    private static Path logs() {
        return RunningSystem.logs().resolve("several-instances");
    }

    private static List<String> settings() {
        List<String> settings = new ArrayList<>(RunningSystem.COMMAND_SETTINGS);
        settings.add("--disputes.policy.appeal-window=" + RunningSystem.RESPONSE_WINDOW);
        // a killed instance's running deadlines are found dead after 4 beats: 8 s, not the default's 20 s
        settings.add("--disputes.command.deadline-heartbeat=PT2S");
        return settings;
    }
}
