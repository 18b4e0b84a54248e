package org.actiontracker.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: a real PostgreSQL, started once and shared by every test class of the module.
 * <p>
 * Put this line once on a test class or on the tests' common base class (see the package documentation, which also
 * says why {@code application.properties} needs {@code %test.quarkus.devservices.enabled=false}):
 * <pre>{@code
 * @QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "plans"))
 * }</pre>
 * Init arg {@value #DATABASE_ARG}: the database to create and point the datasource at, default {@value #DEFAULT_DATABASE}.
 */
public final class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "app";

    private static PostgresServer server;

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = server();
        postgres.createDatabase(database);
        return Map.of(
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    /** Keeps the server for the next Quarkus start in this JVM; it stops when the JVM exits. */
    @Override
    public void stop() {
    }

    /** The shared server, started on first use on a free port with a temporary data directory. */
    public static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.start(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-test-resource-shutdown"));
        }
        return server;
    }
}
