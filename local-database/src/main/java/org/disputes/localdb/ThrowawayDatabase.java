package org.disputes.localdb;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A database created for one test run on the resolved server and dropped after it, so tests never touch data
 * they did not create.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    private final DatabaseResolver.Resolved resolved;
    private final String name;

    private ThrowawayDatabase(DatabaseResolver.Resolved resolved, String name) {
        this.resolved = resolved;
        this.name = name;
    }

    public static ThrowawayDatabase create() {
        DatabaseResolver.Resolved resolved = new DatabaseResolver().resolve(null);
        String name = "disputes_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            resolved.server().ensureDatabase(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + ": " + e.getMessage(), e);
        }
        return new ThrowawayDatabase(resolved, name);
    }

    public String url() {
        return resolved.server().urlOf(name);
    }

    public String user() {
        return resolved.server().user();
    }

    public String password() {
        return resolved.server().password();
    }

    public String name() {
        return name;
    }

    public DatabaseServer server() {
        return resolved.server();
    }

    @Override
    public void close() throws Exception {
        try {
            resolved.server().dropDatabase(name);
        } finally {
            resolved.close();
        }
    }
}
