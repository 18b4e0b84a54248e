package org.actiontracker.infra;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTest {

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresServer.start(0, null);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void servesACreatedDatabaseOverJdbc() throws SQLException {
        postgres.createDatabase("plans");
        postgres.createDatabase("plans");

        assertThat(queryOne("plans", "SELECT version()")).startsWith("PostgreSQL");
        assertThat(queryOne("plans", "SELECT current_database()")).isEqualTo("plans");
    }

    @Test
    void allowsEnoughConnectionsForSeveralServices() throws SQLException {
        assertThat(Integer.parseInt(queryOne("postgres", "SHOW max_connections"))).isGreaterThanOrEqualTo(200);
    }

    @Test
    void describesItsUrls() {
        assertThat(postgres.jdbcUrl("plans")).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/plans");
        assertThat(postgres.reactiveUrl("plans")).isEqualTo("postgresql://localhost:" + postgres.port() + "/plans");
    }

    @Test
    void aClusterKeptAcrossStartsCommitsDurably(@TempDir Path dataDir) throws SQLException {
        try (PostgresServer kept = PostgresServer.start(0, dataDir)) {
            assertThat(queryOne(kept, "postgres", "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(queryOne(kept, "postgres", "SHOW fsync")).isEqualTo("on");
        }
    }

    private static String queryOne(String database, String sql) throws SQLException {
        return queryOne(postgres, database, sql);
    }

    private static String queryOne(PostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                server.jdbcUrl(database), server.username(), server.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
