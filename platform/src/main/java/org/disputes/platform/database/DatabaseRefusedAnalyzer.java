package org.disputes.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;
import java.util.List;

/**
 * A database that cannot be reached, refuses the login or has no such database stops a service with a sentence
 * naming the settings to change, instead of the connection pool's stack trace.
 */
public final class DatabaseRefusedAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** SQL states: 28… the login (user or password), 3D000 no such database, 08001/08004 no connection. */
    private static final List<String> REFUSALS = List.of("28", "3D000", "08001", "08004");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        if (state == null || REFUSALS.stream().noneMatch(state::startsWith)) {
            return null;
        }
        return new FailureAnalysis("The database refused the connection: " + cause.getMessage(),
                "Set DISPUTES_DB_URL (e.g. jdbc:postgresql://localhost:5432/disputes), DISPUTES_DB_USER and "
                        + "DISPUTES_DB_PASSWORD to a PostgreSQL database and a login it accepts.", cause);
    }
}
