package org.disputes.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The one-number queries the rebuild asks of the database. */
final class Sql {

    private Sql() {
    }

    static long count(Connection sql, String query) throws SQLException {
        try (var rows = sql.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** {@code query} with its one parameter bound to {@code ids} as a {@code text[]}. */
    static long count(Connection sql, String query, List<String> ids) throws SQLException {
        try (PreparedStatement select = sql.prepareStatement(query)) {
            select.setArray(1, sql.createArrayOf("text", ids.toArray()));
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
