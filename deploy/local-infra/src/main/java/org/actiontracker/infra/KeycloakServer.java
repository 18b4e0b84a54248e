package org.actiontracker.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider: Keycloak from {@code org.keycloak:keycloak-quarkus-dist} (unpacked by this module's
 * build into {@code target/keycloak}), run as a child process in development mode with an in-memory database and the
 * demo realm {@value #REALM} imported from {@code keycloak/actiontracker-realm.json}. It needs Java 21 or later:
 * {@code KEYCLOAK_JAVA_HOME}, default {@value #DEFAULT_JAVA_HOME}.
 * <p>
 * The demo users, one per role, are listed in {@link #DEMO_SIGN_INS}; their {@code org} claim carries the code of
 * the demo organisation, their {@code groups} claim their role.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "actiontracker";
    public static final String WEB_CLIENT_ID = "action-tracker-web";
    public static final String WEB_CLIENT_SECRET = "local-demo-web-secret";
    /** Role, user name and password of each demo user of the realm file. */
    public static final List<DemoSignIn> DEMO_SIGN_INS = List.of(
            new DemoSignIn("viewer (Demoshire Police)", "viewer", "viewer-demo"),
            new DemoSignIn("editor (Demoshire Police)", "editor", "editor-demo"),
            new DemoSignIn("action owner Jo Bloggs (editor, Demoshire Police)", "owner", "owner-demo"),
            new DemoSignIn("national coordinator", "national", "national-demo"),
            new DemoSignIn("admin", "admin", "admin-demo"));

    static final String DEFAULT_JAVA_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";
    private static final String REALM_RESOURCE = "keycloak/actiontracker-realm.json";
    /** Minutes on a loaded machine; {@code KEYCLOAK_START_TIMEOUT} (seconds) overrides it. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.parseLong(
            System.getenv().getOrDefault("KEYCLOAK_START_TIMEOUT", "420")));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static KeycloakServer shared;

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startTime;

    private KeycloakServer(Process process, int port, Path log, Duration startTime) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startTime = startTime;
    }

    /**
     * Starts Keycloak and waits until the realm's discovery document answers.
     *
     * @param home     the unpacked distribution (the folder with {@code bin/kc.sh})
     * @param port     the HTTP port, 0 for a free one
     * @param javaHome a Java 21+ installation
     */
    public static KeycloakServer start(Path home, int port, Path javaHome) {
        Path launcher = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " (build deploy/local-infra first:"
                    + " its build unpacks org.keycloak:keycloak-quarkus-dist into target/keycloak)");
        }
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs Java 21 or later; none at " + javaHome
                    + " (set KEYCLOAK_JAVA_HOME)");
        }
        int httpPort = Ports.orFree(port);
        int managementPort = Ports.freePortOtherThan(httpPort);
        for (int wanted : List.of(httpPort, managementPort)) {
            if (!Ports.isFree(wanted)) {
                throw new IllegalStateException("Port " + wanted + " is already in use; Keycloak cannot start there"
                        + " (set KEYCLOAK_PORT to a free port)");
            }
        }
        importRealmFile(home);
        Path log = home.resolve("data/keycloak-" + httpPort + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "start-dev",
                "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--db=dev-mem",
                "--import-realm", "--health-enabled=true", "--log-level=WARN"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        // Enough for a demo realm; Keycloak's default would take a quarter of the machine's memory.
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx320m");
        Instant started = Instant.now();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + launcher, e);
        }
        KeycloakServer server = new KeycloakServer(process, httpPort, log, null);
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new KeycloakServer(process, httpPort, log, Duration.between(started, Instant.now()));
    }

    /**
     * One instance for every test of a JVM, started on first use on a free port and stopped when the JVM exits.
     *
     * @param repositoryRoot where {@link #defaultHome(Path)} looks for the distribution
     */
    public static synchronized KeycloakServer shared(Path repositoryRoot) {
        if (shared == null) {
            shared = start(defaultHome(repositoryRoot), 0, defaultJavaHome());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "keycloak-shutdown"));
        }
        return shared;
    }

    /** The distribution unpacked by deploy/local-infra's build, or {@code KEYCLOAK_HOME}. */
    public static Path defaultHome(Path repositoryRoot) {
        String configured = System.getenv("KEYCLOAK_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return repositoryRoot.resolve("deploy/local-infra/target/keycloak/keycloak-" + version());
    }

    public static Path defaultJavaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_JAVA_HOME : configured);
    }

    /** The Keycloak version this module was built against (the root pom's {@code keycloak.version}). */
    static String version() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/version.txt")) {
            return new String(in.readAllBytes()).trim();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("keycloak/version.txt is missing from the classpath", e);
        }
    }

    private static void importRealmFile(Path home) {
        try (InputStream realm = KeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is missing from the classpath");
            }
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, importDir.resolve("actiontracker-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not place the realm file into " + home, e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up (exit " + process.exitValue()
                        + "); its log: " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds() + " s; its log: "
                + log);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** From the start of the process to the realm's discovery document answering. */
    public Duration startTime() {
        return startTime;
    }

    /** The OIDC issuer of the demo realm, also its discovery base. */
    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** Resident memory of the Keycloak JVM in kB, from /proc; -1 where that is not readable. */
    public long residentKilobytes() {
        List<ProcessHandle> processes = new ArrayList<>();
        processes.add(process.toHandle());
        process.descendants().forEach(processes::add);
        long total = 0;
        for (ProcessHandle handle : processes) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + handle.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }
        return total;
    }

    /** Stops the process by its PID (SIGTERM, then SIGKILL after {@link #STOP_TIMEOUT}), its children first. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while ((process.isAlive() || children.stream().anyMatch(ProcessHandle::isAlive))
                && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** How to sign in as one demo user. */
    public record DemoSignIn(String role, String username, String password) {
    }
}
