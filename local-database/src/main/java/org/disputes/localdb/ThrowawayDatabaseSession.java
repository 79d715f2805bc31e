package org.disputes.localdb;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run of a module its own database: created when the JUnit session opens, published as the
 * {@code DISPUTES_DB_*} system properties the services read, dropped when the session closes.
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
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not drop the test database " + database.name() + ": " + e.getMessage());
            }
        }
    }
}
