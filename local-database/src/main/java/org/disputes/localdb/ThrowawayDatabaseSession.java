package org.disputes.localdb;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * Gives every test run of a module its own database: created when the JUnit session opens, published as the
 * {@code DISPUTES_DB_*} system properties the services read, dropped when the session closes, or, while Spring's
 * test contexts are still open, once the JVM has closed them: dropped under them, their connection pools spent half
 * a minute trying to reconnect to it before the test JVM could exit.
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
        if (springTestPresent() && SpringTestContexts.open()) {
            SpringTestContexts.afterTheyClose(this::drop);
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

    private static boolean springTestPresent() {
        ClassLoader loader = ThrowawayDatabaseSession.class.getClassLoader();
        try {
            Class.forName("org.springframework.boot.SpringApplication", false, loader);
            Class.forName("org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate", false,
                    loader);
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    /** Loaded only where Spring Boot's tests are: the test contexts it caches, closed by its shutdown hook. */
    private static final class SpringTestContexts extends DefaultCacheAwareContextLoaderDelegate {

        /** Whether the tests left contexts in Spring's cache (Spring Boot's, closed when the JVM exits). */
        static boolean open() {
            return new SpringTestContexts().getContextCache().size() > 0;
        }

        /** Spring Boot's shutdown handlers run when the JVM exits, after it closed every context. */
        static void afterTheyClose(Runnable action) {
            SpringApplication.getShutdownHandlers().add(action);
        }
    }
}
