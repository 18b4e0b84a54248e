package org.actiontracker.infra;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    private static String queryOne(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                postgres.jdbcUrl(database), postgres.username(), postgres.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
