package org.actiontracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The infrastructure of a local run, in one process: PostgreSQL with the services' databases, Kafka with the event
 * topic, and an SMTP server with a web inbox. Started by {@code deploy/run}; stops everything on SIGTERM or SIGINT.
 * <p>
 * Environment: {@code PG_PORT} (15432), {@code KAFKA_PORT} (19092), {@code SMTP_PORT} (13025),
 * {@code MAIL_WEB_PORT} (18085), {@code KEYCLOAK_PORT} (18180; Keycloak starts only when {@code KEYCLOAK_HOME} names
 * its unpacked distribution, with {@code KEYCLOAK_JAVA_HOME} a Java 21+), {@code INFRA_DATA_DIR} (deploy/.run/data: PostgreSQL and Kafka data, kept across
 * runs) and {@code INFRA_READY_FILE} (optional: written with the service addresses once everything is up).
 */
public final class LocalInfrastructure implements AutoCloseable {

    private static final List<String> DATABASES = List.of("plans", "notifications");
    private static final String EVENTS_TOPIC = "plan-events";
    private static final int EVENTS_TOPIC_PARTITIONS = 3;

    /** What runs, closed in reverse start order. */
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<String> addresses = new ArrayList<>();
    private final Settings settings;

    private LocalInfrastructure(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws InterruptedException {
        logWarningsToConsole();
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> busyPorts = settings.busyPorts();
        if (!busyPorts.isEmpty()) {
            busyPorts.forEach(System.err::println);
            System.exit(1);
        }

        LocalInfrastructure infrastructure = new LocalInfrastructure(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "local-infra-shutdown"));
        try {
            infrastructure.start();
        } catch (RuntimeException e) {
            System.err.println("The local infrastructure failed to start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
        infrastructure.addresses.forEach(System.out::println);
        infrastructure.writeReadyFile();
        new CountDownLatch(1).await();
    }

    /**
     * Shows the warnings and errors of the servers on stderr; their routine output would bury the addresses.
     * Must run before anything logs: SLF4J writes to JBoss LogManager here, which has no handler of its own and
     * must also be java.util.logging's manager for {@link QuietLogging} to reach it.
     */
    private static void logWarningsToConsole() {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s [%3$s] %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(new ConsoleHandler());
    }

    private void start() {
        PostgresServer postgres = PostgresServer.start(settings.postgresPort(), settings.dataDir().resolve("postgres"));
        started.push(postgres);
        for (String database : DATABASES) {
            postgres.createDatabase(database);
            addresses.add(line("postgres", postgres.jdbcUrl(database) + " (user " + postgres.username() + ")"));
        }
        postgres.restartCommand().ifPresent(command -> addresses.add(line("pg restart", command)));

        KafkaBroker kafka = KafkaBroker.start(settings.kafkaPort(), settings.dataDir().resolve("kafka"));
        started.push(kafka);
        kafka.createTopic(EVENTS_TOPIC, EVENTS_TOPIC_PARTITIONS);
        addresses.add(line("kafka", kafka.bootstrapServers() + " (topic " + EVENTS_TOPIC + ")"));

        MailServer mail = MailServer.start(settings.smtpPort());
        started.push(mail);
        addresses.add(line("smtp", "localhost:" + mail.smtpPort()));

        MailInboxWebServer inbox = MailInboxWebServer.start(mail, settings.mailWebPort());
        started.push(inbox);
        addresses.add(line("mail UI", inbox.url()));

        if (settings.keycloakHome() != null) {
            KeycloakServer keycloak = KeycloakServer.start(settings.keycloakHome(), settings.keycloakPort(),
                    KeycloakServer.defaultJavaHome());
            started.push(keycloak);
            addresses.add(line("keycloak", keycloak.issuer() + " (started in " + keycloak.startTime().toSeconds()
                    + " s, " + keycloak.residentKilobytes() / 1024 + " MB resident)"));
        }
    }

    private static String line(String service, String address) {
        return String.format("%-9s %s", service, address);
    }

    /** Written atomically, so that a watcher never reads a half-written file. */
    private void writeReadyFile() {
        if (settings.readyFile() == null) {
            return;
        }
        try {
            Path readyFile = settings.readyFile().toAbsolutePath();
            Files.createDirectories(readyFile.getParent());
            Path partial = Files.createTempFile(readyFile.getParent(), ".ready", ".tmp");
            Files.write(partial, addresses);
            Files.move(partial, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ready file " + settings.readyFile(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (settings.readyFile() != null) {
            settings.readyFile().toFile().delete();
        }
        while (!started.isEmpty()) {
            AutoCloseable service = started.pop();
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("Stopping " + service.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }

    /** Ports, directories and files of a run, from the environment. */
    record Settings(int postgresPort, int kafkaPort, int smtpPort, int mailWebPort, int keycloakPort, Path keycloakHome,
                    Path dataDir, Path readyFile) {

        static Settings fromEnvironment(Map<String, String> env) {
            return new Settings(
                    port(env, "PG_PORT", 15432),
                    port(env, "KAFKA_PORT", 19092),
                    port(env, "SMTP_PORT", 13025),
                    port(env, "MAIL_WEB_PORT", 18085),
                    port(env, "KEYCLOAK_PORT", 18180),
                    blankAsNull(env.get("KEYCLOAK_HOME")),
                    Path.of(env.getOrDefault("INFRA_DATA_DIR", "deploy/.run/data")),
                    env.containsKey("INFRA_READY_FILE") ? Path.of(env.get("INFRA_READY_FILE")) : null);
        }

        private static Path blankAsNull(String path) {
            return path == null || path.isBlank() ? null : Path.of(path);
        }

        private static int port(Map<String, String> env, String variable, int defaultPort) {
            String value = env.get(variable);
            if (value == null || value.isBlank()) {
                return defaultPort;
            }
            int port;
            try {
                port = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(variable + "=" + value + " is not a TCP port (1-65535).");
            }
            return port;
        }

        /** One message per port that something else already listens on, naming the variable that moves it. */
        List<String> busyPorts() {
            List<String> messages = new ArrayList<>();
            Map<String, Integer> portsByVariable = new HashMap<>(Map.of(
                    "PG_PORT", postgresPort, "KAFKA_PORT", kafkaPort, "SMTP_PORT", smtpPort, "MAIL_WEB_PORT", mailWebPort));
            if (keycloakHome != null) {
                portsByVariable.put("KEYCLOAK_PORT", keycloakPort);
            }
            portsByVariable.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .filter(entry -> !Ports.isFree(entry.getValue()))
                    .forEach(entry -> messages.add("Port " + entry.getValue() + " is already in use; set "
                            + entry.getKey() + " to a free port, e.g. " + entry.getKey() + "=" + Ports.freePort() + "."));
            return messages;
        }
    }
}
