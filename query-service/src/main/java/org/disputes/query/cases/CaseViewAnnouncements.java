package org.disputes.query.cases;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tells every query instance which cases a live batch changed, so that a reader waiting for a version is woken on
 * whichever instance it waits, not only on the one holding the case's segment: the batch announces its cases on
 * PostgreSQL's channel {@value #CHANNEL} in its own transaction (delivered when it commits, never for a batch
 * rolled back), and each instance listens on a connection of its own. Should the listener lose its connection,
 * readers still re-read at {@link CaseViewUpdates}' interval until it is back.
 */
@Component
public class CaseViewAnnouncements implements SmartLifecycle {

    static final String CHANNEL = "case_view_changed";
    /** PostgreSQL refuses a payload of 8,000 bytes or more; a case id and its comma take 37. */
    private static final int CASES_PER_NOTICE = 200;
    private static final int LISTEN_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(CaseViewAnnouncements.class);

    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final Consumer<UUID> changed;
    private volatile boolean running;
    private Thread listener;

    @Autowired
    CaseViewAnnouncements(JdbcTemplate jdbc, DataSourceProperties database, CaseViewUpdates updates) {
        this(jdbc, database, updates::changed);
    }

    /** What {@code changed} is told of other instances' batches (and this one's). */
    CaseViewAnnouncements(JdbcTemplate jdbc, DataSourceProperties database, Consumer<UUID> changed) {
        this.jdbc = jdbc;
        this.database = database;
        this.changed = changed;
    }

    /** Announces {@code cases} as changed, in the caller's transaction. */
    void announce(Collection<UUID> cases) {
        List<UUID> all = List.copyOf(cases);
        for (int from = 0; from < all.size(); from += CASES_PER_NOTICE) {
            List<String> ids = all.subList(from, Math.min(all.size(), from + CASES_PER_NOTICE)).stream()
                    .map(UUID::toString).toList();
            jdbc.query("select pg_notify(?, ?)", rs -> { }, CHANNEL, String.join(",", ids));
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "case-view-announcements");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        listener.interrupt();
        try {
            listener.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoffMillis = 1_000;
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                    database.determineUsername(), database.determinePassword())) {
                connection.createStatement().execute("listen " + CHANNEL);
                backoffMillis = 1_000;
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notices.getNotifications(LISTEN_MILLIS);
                    for (PGNotification notice : heard == null ? new PGNotification[0] : heard) {
                        casesIn(notice.getParameter()).forEach(changed);
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Listening for other instances' case view changes failed ({}); trying again in {} ms,"
                        + " readers re-read meanwhile", e.getSQLState(), backoffMillis);
                try {
                    Thread.sleep(backoffMillis); // a back-off before reconnecting, not a wait for a condition
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoffMillis = Math.min(30_000, backoffMillis * 2);
            }
        }
    }

    static List<UUID> casesIn(String payload) {
        List<UUID> cases = new ArrayList<>();
        for (String id : payload.split(",")) {
            try {
                cases.add(UUID.fromString(id));
            } catch (IllegalArgumentException notACase) {
                // anyone who may connect can notify the channel: what is not a case id wakes nobody
            }
        }
        return cases;
    }
}
