package org.actiontracker.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real single-node Kafka running inside this JVM: one KRaft server that is both broker and controller.
 * It can be stopped and restarted on the same port and log directory, so clients reconnect and data survives,
 * which is how tests simulate a broker outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final int port;
    private final Path logDir;
    private final boolean temporaryLogDir;
    private final Properties config;
    private KafkaRaftServer server;

    private KafkaBroker(int port, int controllerPort, Path logDir, boolean temporaryLogDir) {
        this.port = port;
        this.logDir = logDir;
        this.temporaryLogDir = temporaryLogDir;
        this.config = singleNodeConfig(port, controllerPort, logDir);
    }

    /**
     * Formats the log directory if it is new and starts the broker; returns once it accepts clients.
     *
     * @param port   the client port, 0 for a free one
     * @param logDir where topics are stored and kept across starts; {@code null} for a temporary directory that is
     *               deleted on {@link #close()}
     */
    public static KafkaBroker start(int port, Path logDir) {
        QuietLogging.apply();
        try {
            Path dir = logDir == null ? Files.createTempDirectory("kafka-") : Files.createDirectories(logDir);
            int brokerPort = Ports.orFree(port);
            KafkaBroker broker = new KafkaBroker(brokerPort, Ports.freePortOtherThan(brokerPort), dir, logDir == null);
            try {
                broker.formatStorageIfNew();
                broker.startServer();
            } catch (IOException | RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Kafka log directory", e);
        }
    }

    private static Properties singleNodeConfig(int port, int controllerPort, Path logDir) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", LISTENER + "://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", LISTENER + "://localhost:" + port);
        props.put("listener.security.protocol.map", LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", LISTENER);
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        // A single node cannot hold the default three replicas of the internal topics.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("min.insync.replicas", "1");
        // Consumers join at once instead of waiting for more members, which keeps tests fast.
        props.put("group.initial.rebalance.delay.ms", "0");
        // Fewer __consumer_offsets partitions make the first consumer group start faster.
        props.put("offsets.topic.num.partitions", "5");
        // The log cleaner allocates this buffer up front (128 MiB by default), too much for a test JVM.
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return props;
    }

    private void formatStorageIfNew() throws IOException {
        // Formatting again would not be a no-op: it insists on the cluster id, which is random per format.
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path configFile = Files.createTempFile("kafka-server-", ".properties");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "single-node KRaft");
            }
            // execute(), unlike main(), reports failure by its result instead of calling System.exit.
            int exitCode = StorageTool.execute(new String[] {
                    "format", "--config", configFile.toString(),
                    "--cluster-id", Uuid.randomUuid().toString()
            }, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting " + logDir + " failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(configFile);
        }
    }

    private void startServer() {
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            starting.shutdown();
            starting.awaitShutdown();
            throw new IllegalStateException("Kafka did not start on port " + port, e);
        }
        server = starting;
    }

    /** {@code localhost:PORT}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Shuts the broker down cleanly, keeping its port and log directory for {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the broker again (stopping it first if it runs) on the same port and log directory. */
    public synchronized void restart() {
        stop();
        startServer();
    }

    /** Creates the topic with replication factor 1 unless it exists. */
    public void createTopic(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
                    .all()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Creating topic " + name + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
    }

    /** Stops the broker and deletes its log directory if it was temporary. Safe to call twice. */
    @Override
    public synchronized void close() {
        stop();
        if (temporaryLogDir) {
            deleteRecursively(logDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
