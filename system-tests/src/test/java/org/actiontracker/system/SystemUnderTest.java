package org.actiontracker.system;

import org.actiontracker.infra.KafkaBroker;
import org.actiontracker.infra.KeycloakServer;
import org.actiontracker.infra.MailServer;
import org.actiontracker.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole system, started once per test JVM and shared by every test class: PostgreSQL, Kafka, GreenMail,
 * Keycloak with the demo realm, and both services from their packaged jars. Everything stops when the JVM exits.
 */
public final class SystemUnderTest {

    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    private static SystemUnderTest started;

    public final PostgresServer postgres;
    final KafkaBroker kafka;
    final MailServer mail;
    final KeycloakServer keycloak;
    public final ServiceProcess planService;
    final ServiceProcess notificationService;
    public final DemoData demo;

    private SystemUnderTest() {
        // Each part stops with the JVM even when a later one fails to start.
        postgres = stopOnExit(PostgresServer.start(0, null));
        postgres.createDatabase("plans");
        postgres.createDatabase("notifications");
        kafka = stopOnExit(KafkaBroker.start(0, null));
        kafka.createTopic("plan-events", 3);
        mail = stopOnExit(MailServer.start(0));
        keycloak = KeycloakServer.shared(REPOSITORY);
        System.out.printf("Keycloak %s started in %d ms, %d MB resident%n", keycloak.issuer(),
                keycloak.startTime().toMillis(), keycloak.residentKilobytes() / 1024);
        String publicKey = REPOSITORY.resolve("deploy/local-infra/src/main/resources/dev-keys/public.pem").toString();
        Path logs = REPOSITORY.resolve("system-tests/target/service-logs");
        int planPort = freePort();
        planService = stopOnExit(ServiceProcess.start("plan-service",
                REPOSITORY.resolve("plan-service/target/quarkus-app/quarkus-run.jar"), planPort, Map.of(
                        "PLAN_SERVICE_PORT", Integer.toString(planPort),
                        "DB_REACTIVE_URL", "postgresql://localhost:" + postgres.port() + "/plans",
                        "DB_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.port() + "/plans",
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "DEV_JWT_PUBLIC_KEY", publicKey,
                        "OIDC_ISSUER", keycloak.issuer(),
                        "OIDC_CLIENT_SECRET", KeycloakServer.WEB_CLIENT_SECRET), logs));
        int notificationPort = freePort();
        notificationService = stopOnExit(ServiceProcess.start("notification-service",
                REPOSITORY.resolve("notification-service/target/quarkus-app/quarkus-run.jar"), notificationPort,
                Map.of("HTTP_PORT", Integer.toString(notificationPort),
                        "DB_REACTIVE_URL", "postgresql://localhost:" + postgres.port() + "/notifications",
                        "DB_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.port() + "/notifications",
                        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                        "SMTP_PORT", Integer.toString(mail.smtpPort()),
                        "PLAN_SERVICE_URL", planService.url(),
                        "WEB_PUBLIC_URL", planService.url(),
                        "PUBLIC_URL", "http://localhost:" + notificationPort,
                        "DEV_JWT_PUBLIC_KEY", publicKey), logs));
        demo = DemoData.load(planService.url());
    }

    public static synchronized SystemUnderTest get() {
        if (started == null) {
            started = new SystemUnderTest();
        }
        return started;
    }

    private static <T extends AutoCloseable> T stopOnExit(T part) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Stopping " + part + " failed: " + e);
            }
        }, "system-under-test-shutdown"));
        return part;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
