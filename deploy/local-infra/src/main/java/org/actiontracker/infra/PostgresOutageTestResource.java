package org.actiontracker.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource for outage tests: the service reaches PostgreSQL through a {@link TcpProxy}
 * that the test cuts and restores (field annotated {@link InjectTcpProxy}). Use it in a test profile
 * that disables the global test resources, so that it alone sets the datasource:
 * <pre>{@code
 * public List<TestResourceEntry> testResources() {
 *     return List.of(new TestResourceEntry(PostgresOutageTestResource.class, Map.of("database", "plans")), ...);
 * }
 * public boolean disableGlobalTestResources() { return true; }
 * }</pre>
 */
public final class PostgresOutageTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = PostgresTestResource.DEFAULT_DATABASE;
    private TcpProxy proxy;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(PostgresTestResource.DATABASE_ARG, PostgresTestResource.DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = PostgresTestResource.server();
        postgres.createDatabase(database);
        proxy = TcpProxy.to(postgres.port());
        String address = "localhost:" + proxy.port() + "/" + database;
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + address,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + address,
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxy,
                new TestInjector.AnnotatedAndMatchesType(InjectTcpProxy.class, TcpProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
