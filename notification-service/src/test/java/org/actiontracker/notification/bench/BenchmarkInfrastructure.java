package org.actiontracker.notification.bench;

import io.smallrye.jwt.build.Jwt;
import org.actiontracker.infra.KafkaBroker;
import org.actiontracker.infra.PostgresServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

/**
 * For bench/scan-benchmark.sh: starts PostgreSQL and Kafka from local-infra and an SMTP sink, makes a key pair
 * of its own (the prod profile refuses the dev key) with an admin token signed by it, writes the
 * environment the service needs to {@code <dir>/bench.env}, and runs until killed.
 */
public final class BenchmarkInfrastructure {

    private static final String ISSUER = "https://actiontracker.local/bench";
    private static final String DATABASE = "notifications";

    private BenchmarkInfrastructure() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException, InterruptedException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        PostgresServer postgres = PostgresServer.start(0, null);
        postgres.createDatabase(DATABASE);
        KafkaBroker kafka = KafkaBroker.start(0, null);
        kafka.createTopic("plan-events", 3);
        SmtpSink mail = SmtpSink.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("SMTP sink accepted " + mail.accepted() + " messages");
            kafka.close();
            postgres.close();
        }));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path publicKey = dir.resolve("bench-public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        String adminToken = Jwt.issuer(ISSUER).subject("bench").upn("bench").groups("admin")
                .claim("email", "bench@example.org").expiresAt(Instant.now().plus(Duration.ofHours(6)))
                .sign(keys.getPrivate());

        String env = String.join("\n",
                "export DB_REACTIVE_URL=" + postgres.reactiveUrl(DATABASE),
                "export DB_JDBC_URL=" + postgres.jdbcUrl(DATABASE),
                "export DB_USER=" + postgres.username(),
                "export DB_PASSWORD=" + postgres.password(),
                "export PG_PORT=" + postgres.port(),
                "export KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers(),
                "export SMTP_HOST=localhost",
                "export SMTP_PORT=" + mail.port(),
                "export SMTP_START_TLS=DISABLED",
                "export JWT_ISSUER=" + ISSUER,
                "export JWT_PUBLIC_KEY_LOCATION=" + publicKey.toAbsolutePath(),
                "export ADMIN_TOKEN=" + adminToken,
                "");
        Path envFile = dir.resolve("bench.env");
        Files.writeString(envFile.resolveSibling("bench.env.tmp"), env);
        Files.move(envFile.resolveSibling("bench.env.tmp"), envFile,
                StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Benchmark infrastructure ready: " + envFile);
        new CountDownLatch(1).await();
    }
}
