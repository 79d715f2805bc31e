package org.disputes.localdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL server we can reach, and the credentials to reach it with. */
public record DatabaseServer(String host, int port, String user, String password, String query) {

    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?(?:/([^?]*))?(\\?.*)?");

    public DatabaseServer {
        Objects.requireNonNull(host, "host");
        query = query == null ? "" : query;
    }

    /** The server behind a JDBC URL such as {@code jdbc:postgresql://db:5432/disputes?ssl=true}. */
    public static DatabaseServer fromUrl(String url, String user, String password) {
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("DISPUTES_DB_URL must look like jdbc:postgresql://host:5432/database");
        }
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        return new DatabaseServer(m.group(1), port, user, password, m.group(4));
    }

    /** The database name a JDBC URL points at, or null when it names none. */
    public static String databaseOf(String url) {
        Matcher m = JDBC_URL.matcher(url);
        return m.matches() && m.group(3) != null && !m.group(3).isEmpty() ? m.group(3) : null;
    }

    public String urlOf(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + query;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(urlOf(database), user, password);
    }

    /** Creates the database unless it exists already. */
    public void ensureDatabase(String database) throws SQLException {
        requireSafeName(database);
        try (Connection c = connect("postgres");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database \"" + database + "\"");
                    }
                }
            }
        }
    }

    public void dropDatabase(String database) throws SQLException {
        requireSafeName(database);
        try (Connection c = connect("postgres"); var drop = c.createStatement()) {
            drop.execute("drop database if exists \"" + database + "\" with (force)");
        }
    }

    static void requireSafeName(String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database names here are lower-case letters, digits and _");
        }
    }
}
