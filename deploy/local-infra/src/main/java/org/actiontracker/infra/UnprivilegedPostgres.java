package org.actiontracker.infra;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local run's PostgreSQL when this JVM runs as root: the same binaries zonky ships, unpacked next
 * to the data directory, run by the unprivileged system user {@value #SYSTEM_USER} (created if
 * missing) through {@code runuser}, so that an operator can stop, start and restart it with its own
 * {@code pg_ctl}, which PostgreSQL refuses to run as root. The command is {@link #restartCommand()}.
 */
final class UnprivilegedPostgres implements AutoCloseable {

    static final String SYSTEM_USER = "postgres";
    private static final String SUPERUSER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final Path binaries;
    private final Path dataDir;
    private final int port;

    private UnprivilegedPostgres(Path binaries, Path dataDir, int port) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Unpacks the binaries if needed, initialises the cluster if new, hands it to the system user, starts it. */
    static UnprivilegedPostgres start(int requestedPort, Path dataDir, int maxConnections) {
        try {
            int port = requestedPort == 0 ? freePort() : requestedPort;
            Path binaries = unpackBinaries(dataDir.toAbsolutePath().getParent().resolve("postgres-binaries"));
            ensureSystemUser();
            Files.createDirectories(dataDir);
            run("chown", "-R", SYSTEM_USER + ":", dataDir.toString());
            run("chmod", "700", dataDir.toString());
            UnprivilegedPostgres postgres = new UnprivilegedPostgres(binaries, dataDir.toAbsolutePath(), port);
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                postgres.asSystemUser("initdb", "-A", "trust", "-U", SUPERUSER, "-D", dataDir.toString(),
                        "-E", "UTF-8");
            }
            postgres.asSystemUser("pg_ctl", "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -h localhost -k " + dataDir
                            + " -c max_connections=" + maxConnections + " -c fsync=on -c synchronous_commit=on",
                    "start");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + requestedPort, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER, "");
    }

    /** What an operator runs to restart it: pg_ctl reuses the server options; the log file is named again. */
    String restartCommand() {
        return "runuser -u " + SYSTEM_USER + " -- " + binaries.resolve("bin/pg_ctl") + " -D " + dataDir
                + " -l " + dataDir.resolve("server.log") + " -w restart";
    }

    @Override
    public void close() {
        try {
            asSystemUser("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    private void asSystemUser(String binary, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", SYSTEM_USER, "--",
                binaries.resolve("bin").resolve(binary).toString()));
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    private static void ensureSystemUser() throws IOException {
        if (exitCode("id", "-u", SYSTEM_USER) != 0) {
            run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER);
        }
    }

    /** The archive zonky ships for this platform, unpacked once; readable and runnable by every user. */
    private static Path unpackBinaries(Path target) throws IOException {
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        Path partial = Files.createDirectories(target.resolveSibling(target.getFileName() + ".partial"));
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path file = partial.resolve(entry.getName()).normalize();
                if (!file.startsWith(partial)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isLink()) {
                    Files.createDirectories(file.getParent());
                    Files.deleteIfExists(file);
                    Files.createLink(file, partial.resolve(entry.getLinkName()).normalize());
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.deleteIfExists(file);
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        run("chmod", "-R", "a+rX", partial.toString());
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static void run(String... command) throws IOException {
        int exit = exitCode(command);
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + exit);
        }
    }

    private static int exitCode(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        try {
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within "
                        + COMMAND_TIMEOUT_SECONDS + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command[0], e);
        }
    }
}
