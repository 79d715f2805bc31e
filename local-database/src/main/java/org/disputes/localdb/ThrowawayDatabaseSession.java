package org.disputes.localdb;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.boot.SpringApplication;

/**
 * Gives every test run of a module its own database: created when the JUnit session opens, published as the
 * {@code DISPUTES_DB_*} system properties the services read, dropped when the session closes, or, where Spring Boot
 * is on the class path, once the JVM has closed the test contexts it cached: dropped under them, their connection
 * pools spent half a minute trying to reconnect to it before the test JVM could exit.
 */
public class ThrowawayDatabaseSession implements LauncherSessionListener {

    private ThrowawayDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("disputes.test.database", "throwaway").equals("none")) {
            return;
        }
        database = ThrowawayDatabase.create();
        System.setProperty(DatabaseResolver.URL, database.url());
        System.setProperty(DatabaseResolver.USER, database.user());
        System.setProperty(DatabaseResolver.PASSWORD, database.password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database == null) {
            return;
        }
        if (springBootPresent()) {
            AfterSpringContexts.run(this::drop);
        } else {
            drop();
        }
    }

    private void drop() {
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("Could not drop the test database " + database.name() + ": " + e.getMessage());
        }
    }

    private static boolean springBootPresent() {
        try {
            Class.forName("org.springframework.boot.SpringApplication", false,
                    ThrowawayDatabaseSession.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    /** Loaded only where Spring Boot is: its shutdown handlers run when the JVM exits, after every context closed. */
    private static final class AfterSpringContexts {

        static void run(Runnable action) {
            SpringApplication.getShutdownHandlers().add(action);
        }
    }
}
