package org.actiontracker.plan.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.plan.config.OutboxConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in position order and marks them sent only once the broker
 * acknowledged them (idempotent producer, acks=all).
 * <p>
 * The relay has a database connection of its own, used by its own thread only: its reads and
 * updates never wait behind HTTP requests for a pooled connection or an event loop. On that
 * connection it holds a session-level advisory lock, so exactly one instance publishes, which
 * keeps each key's order; the others stand by and take over when the holder's session ends. When
 * the connection breaks, the relay reconnects and takes the lock again.
 * <p>
 * A write that committed events {@linkplain #wake() wakes} the relay of its own instance at once.
 * It is not woken through PostgreSQL (LISTEN/NOTIFY): a NOTIFY makes every committing transaction
 * wait for a database-wide lock held through the WAL flush, which serialised all writes. Rows
 * written by another instance, while this one holds the lock, are found by the poll.
 * <p>
 * While Kafka is down the producer keeps retrying; writes go on being accepted and their rows
 * wait here, published in order once the broker is back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final long ADVISORY_LOCK_KEY = 0x6f7574626f78L;
    /** Names the relay's session in pg_stat_activity. */
    static final String APPLICATION_NAME = "plan-service outbox relay";
    private static final int PURGE_WINDOW = 200;
    private static final Duration PURGE_PAUSE = Duration.ofSeconds(1);
    private static final Duration PURGE_CATCH_UP = Duration.ofMillis(100);

    private final OutboxConfig config;
    private final String bootstrapServers;
    private final PGSimpleDataSource database;
    /** A permit means a write committed since the relay last looked; many writes leave one permit. */
    private final Semaphore wakeups = new Semaphore(0);
    private final Counter wakeupCount;

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;
    private long nextPurge = System.nanoTime();
    private long lastRoundStart = System.nanoTime();

    /** The relay thread's own connection, holding the advisory lock; null while disconnected. */
    private Connection connection;
    private boolean databaseUnreachable;
    private boolean standingBy;

    public OutboxRelay(OutboxConfig config,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String databaseUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password") String password,
                       MeterRegistry metrics) {
        this.config = config;
        this.wakeupCount = Counter.builder("outbox.relay.wakeups")
                .description("Writes that woke the outbox relay as they committed").register(metrics);
        this.bootstrapServers = bootstrapServers;
        this.database = new PGSimpleDataSource();
        database.setURL(databaseUrl);
        database.setUser(username);
        database.setPassword(password);
        database.setApplicationName(APPLICATION_NAME);
        database.setTcpKeepAlive(true);
        // Marking rows sent need not wait for the WAL flush: a crash can only forget the last marks, and
        // their rows are then published again with the same event ids, as after any crash between the
        // acknowledgement and the mark. The next round starts that much sooner.
        database.setOptions("-c synchronous_commit=off");
        // Without it a server that stops answering would hold publication up for good instead of
        // making the relay reconnect. No statement of the relay comes near it.
        database.setSocketTimeout(30);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (worker != null) {
            try {
                // At most one poll interval while it waits for a write.
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private Map<String, Object> producerConfig() {
        int deliveryTimeout = (int) config.deliveryTimeout().toMillis();
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, deliveryTimeout),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000,
                ProducerConfig.CLIENT_ID_CONFIG, "plan-service-outbox");
    }

    private void run() {
        try {
            while (running) {
                try {
                    if (!holdsLock()) {
                        sleepQuietly(config.pollInterval());
                        continue;
                    }
                    while (running && publishBatch() == config.batchSize()) {
                        // a full batch means more may be waiting: go again without waiting
                    }
                    purgeSentRows();
                    awaitWakeup();
                } catch (SQLException e) {
                    disconnect(e);
                    sleepQuietly(config.pollInterval());
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox relay round failed, retrying: %s", e.getMessage());
                    sleepQuietly(config.pollInterval());
                }
            }
        } finally {
            closeConnection();
        }
    }

    /**
     * Connects if need be and takes the advisory lock once per session: it stays held until the
     * connection closes, so a relay whose session ends (crash, network) lets another take over.
     */
    private boolean holdsLock() throws SQLException {
        if (connection != null && !standingBy) {
            return true;
        }
        if (connection == null) {
            connect();
        }
        boolean locked;
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                locked = result.getBoolean(1);
            }
        }
        if (!locked) {
            if (!standingBy) {
                LOG.info("Another instance publishes the outbox; this one stands by until it stops");
            }
            standingBy = true;
            return false;
        }
        standingBy = false;
        LOG.info("Outbox relay holds the publication lock: this instance publishes the events");
        return true;
    }

    private void connect() throws SQLException {
        try {
            connection = database.getConnection();
        } catch (SQLException e) {
            if (!databaseUnreachable) {
                LOG.warnf("Outbox relay cannot connect to PostgreSQL (%s); events wait in the outbox,"
                        + " retrying every %s", e.getMessage(), config.pollInterval());
            }
            databaseUnreachable = true;
            throw e;
        }
        if (databaseUnreachable) {
            LOG.info("Outbox relay reconnected to PostgreSQL");
        }
        databaseUnreachable = false;
    }

    private void disconnect(SQLException cause) {
        if (!databaseUnreachable) {
            LOG.warnf("Outbox relay's PostgreSQL session failed (%s); reconnecting", cause.getMessage());
            databaseUnreachable = true;
        }
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the outbox relay's connection: %s", e.getMessage());
            }
            connection = null;
            standingBy = false;
        }
    }

    /**
     * Called once a write committed outbox rows. Never blocks, so it may run on an event loop.
     */
    public void wake() {
        wakeupCount.increment();
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /**
     * Returns when a write committed since the last round, or after the poll interval at the latest. Rounds start at
     * most once per {@code outbox.linger}: a write after a quiet spell goes out at once, while under load each round
     * takes the rows of many writes instead of paying a database read, a Kafka request and a mark for each.
     */
    private void awaitWakeup() {
        try {
            if (wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                long lingerLeft = lastRoundStart + config.linger().toNanos() - System.nanoTime();
                if (lingerLeft > 0) {
                    TimeUnit.NANOSECONDS.sleep(lingerLeft);
                }
                // One round reads every row committed so far: the wakes that came with them are spent.
                wakeups.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lastRoundStart = System.nanoTime();
    }

    /** @return how many rows were published and marked sent */
    int publishBatch() throws SQLException {
        List<OutboxRow> batch = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select position, partition_key, topic, payload"
                        + " from outbox_event where sent_at is null order by position limit ?")) {
            statement.setInt(1, config.batchSize());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    batch.add(new OutboxRow(rows.getLong("position"), rows.getString("partition_key"),
                            rows.getString("topic"), rows.getString("payload")));
                }
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> published = positionsToMark(send(batch));
        markSent(published);
        return published.size();
    }

    private void markSent(List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "update outbox_event set sent_at = now() where position = any(?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            statement.executeUpdate();
        }
    }

    /** Sends the batch in order and waits for every acknowledgement. */
    private List<Delivery> send(List<OutboxRow> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxRow row : batch) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.partitionKey(),
                    withSequence(row.payload(), row.position()));
            record.headers().add(CloudEventCodec.CONTENT_TYPE_HEADER,
                    CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> ack = producer.send(record);
            acks.add(ack);
            if (failedAtOnce(ack)) {
                // Refused before it was queued (e.g. no metadata within max.block.ms): Kafka is away, and the rows
                // after it would only fail too. They wait for the next round, as unsent rows.
                break;
            }
        }
        List<Delivery> deliveries = new ArrayList<>(acks.size());
        int failed = 0;
        Throwable firstFailure = null;
        for (int i = 0; i < acks.size(); i++) {
            OutboxRow row = batch.get(i);
            boolean acknowledged;
            try {
                acks.get(i).get();
                acknowledged = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                acknowledged = false;
                failed++;
                firstFailure = firstFailure == null ? e.getCause() : firstFailure;
            }
            deliveries.add(new Delivery(row.position(), row.partitionKey(), acknowledged));
        }
        if (failed > 0) {
            LOG.warnf("Kafka did not acknowledge %d of %d outbox events (%s); they will be published again",
                    failed, acks.size(), firstFailure.getMessage());
        }
        return deliveries;
    }

    /**
     * The rows to mark sent: every acknowledged row, except those behind an unacknowledged row of the same key,
     * which are published again after it so that the key's last copies on Kafka stay in order. Rows of other keys
     * are not held back, or they would reach Kafka twice once the failed row is retried.
     *
     * @param deliveries the rows sent, in position order
     */
    static List<Long> positionsToMark(List<Delivery> deliveries) {
        Set<String> heldBack = new HashSet<>();
        List<Long> positions = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            if (!delivery.acknowledged()) {
                heldBack.add(delivery.partitionKey());
            } else if (!heldBack.contains(delivery.partitionKey())) {
                positions.add(delivery.position());
            }
        }
        return positions;
    }

    private static boolean failedAtOnce(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The stored event lacks only its sequence, known once its row had a position. */
    static byte[] withSequence(String payload, long position) {
        int end = payload.lastIndexOf('}');
        String json = payload.substring(0, end) + ",\"sequence\":\"" + CloudEvent.sequenceOf(position) + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Deletes the published rows past their retention among the oldest {@value #PURGE_WINDOW}, one short statement
     * between two rounds: it holds publication up by milliseconds, however many rows are due. Reading only the
     * oldest rows (rather than every row by sent_at, which has no index) keeps it cheap when nothing is due; rows are
     * marked sent in position order, so those are the ones whose retention ends first.
     */
    private void purgeSentRows() throws SQLException {
        if (System.nanoTime() - nextPurge < 0) {
            return;
        }
        int deleted;
        try (PreparedStatement statement = connection.prepareStatement("delete from outbox_event where position in"
                + " (select position from (select position, sent_at from outbox_event order by position limit ?)"
                + " oldest where sent_at < ?)")) {
            statement.setInt(1, PURGE_WINDOW);
            statement.setObject(2, OffsetDateTime.now().minus(config.retention()));
            deleted = statement.executeUpdate();
        }
        // A whole window deleted means more are probably due: come back soon, between later rounds.
        nextPurge = System.nanoTime() + (deleted == PURGE_WINDOW ? PURGE_CATCH_UP : PURGE_PAUSE).toNanos();
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record OutboxRow(long position, String partitionKey, String topic, String payload) {
    }

    /** An outbox row handed to the producer, and whether Kafka acknowledged it. */
    record Delivery(long position, String partitionKey, boolean acknowledged) {
    }
}
