package org.disputes.localdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one resolution of where the database is, shared by the run command and the tests:
 * <ol>
 *     <li>{@code DISPUTES_DB_URL} (with {@code DISPUTES_DB_USER}, {@code DISPUTES_DB_PASSWORD}) when set;</li>
 *     <li>a PostgreSQL answering on {@code localhost:5432};</li>
 *     <li>an embedded PostgreSQL, whose binaries come from the package registry.</li>
 * </ol>
 */
public final class DatabaseResolver {

    private static final Logger log = LoggerFactory.getLogger(DatabaseResolver.class);
    static final String URL = "DISPUTES_DB_URL";
    static final String USER = "DISPUTES_DB_USER";
    static final String PASSWORD = "DISPUTES_DB_PASSWORD";

    private final Function<String, String> settings;

    /** Reads settings from system properties first, then the environment. */
    public DatabaseResolver() {
        this(name -> Optional.ofNullable(System.getProperty(name)).orElseGet(() -> System.getenv(name)));
    }

    DatabaseResolver(Function<String, String> settings) {
        this.settings = settings;
    }

    /** Where to put databases; {@code embeddedDataDirectory} is where an embedded server keeps its files (null: a temporary one). */
    public Resolved resolve(Path embeddedDataDirectory) {
        String url = settings.apply(URL);
        String user = Optional.ofNullable(settings.apply(USER)).orElse("postgres");
        String password = Optional.ofNullable(settings.apply(PASSWORD)).orElse("");
        if (url != null && !url.isBlank()) {
            return new Resolved(DatabaseServer.fromUrl(url, user, password), DatabaseServer.databaseOf(url), null,
                    "DISPUTES_DB_URL");
        }
        DatabaseServer local = new DatabaseServer("localhost", 5432, user, password, null);
        if (answers(local)) {
            return new Resolved(local, null, null, "PostgreSQL on localhost:5432");
        }
        return new Resolved(embedded(embeddedDataDirectory, user), null, embeddedInstance, "embedded PostgreSQL");
    }

    private EmbeddedPostgres embeddedInstance;

    private DatabaseServer embedded(Path dataDirectory, String user) {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("""
                    No database: DISPUTES_DB_URL is not set, nothing answers on localhost:5432, and the embedded \
                    PostgreSQL cannot start because PostgreSQL refuses to run as root. Either set DISPUTES_DB_URL \
                    (with DISPUTES_DB_USER and DISPUTES_DB_PASSWORD) to a PostgreSQL you have, or start a PostgreSQL \
                    on localhost:5432, or run as an ordinary user.""");
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            embeddedInstance = builder.start();
            log.info("Started an embedded PostgreSQL on port {}", embeddedInstance.getPort());
            return new DatabaseServer("localhost", embeddedInstance.getPort(), "postgres", "", null);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL could not start: " + e.getMessage(), e);
        }
    }

    private static boolean answers(DatabaseServer server) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), 1000);
        } catch (IOException e) {
            return false;
        }
        try (Connection ignored = server.connect("postgres")) {
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on localhost:5432 did not let user " + server.user() + " in ("
                    + e.getMessage() + "); set DISPUTES_DB_URL, DISPUTES_DB_USER and DISPUTES_DB_PASSWORD to a "
                    + "database and a login it accepts.", e);
        }
    }

    /**
     * A resolved server. {@code database} is the database the URL named, if any; {@code embedded} is the server
     * this process started, to be closed with it.
     */
    public record Resolved(DatabaseServer server, String database, EmbeddedPostgres embedded, String source)
            implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
