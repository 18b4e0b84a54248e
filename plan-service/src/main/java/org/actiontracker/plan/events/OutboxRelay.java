package org.actiontracker.plan.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes outbox rows to Kafka in position order and marks them sent only once the broker
 * acknowledged them (idempotent producer, acks=all). It is woken by PostgreSQL LISTEN/NOTIFY the
 * moment a writing transaction commits, with a short poll as a fallback. A transaction-scoped
 * advisory lock lets only one instance publish at a time, which keeps each key's order.
 * <p>
 * While Kafka is down the producer keeps retrying; writes go on being accepted and their rows
 * wait here, published in order once the broker is back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "outbox_event";
    private static final long ADVISORY_LOCK_KEY = 0x6f7574626f78L;

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final PgConnectOptions listenOptions;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();
    private final MeterRegistry metrics;

    private volatile boolean running;
    private Thread worker;
    private PgSubscriber subscriber;
    private KafkaProducer<String, byte[]> producer;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(Pool pool, Vertx vertx, OutboxConfig config, MeterRegistry metrics,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.datasource.reactive.url") String databaseUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
        this.listenOptions = PgConnectOptions.fromUri(databaseUrl.replaceFirst("^vertx-reactive:", ""))
                .setUser(username).setPassword(password);
    }

    void start(@Observes StartupEvent startup) {
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Events written but not yet acknowledged by Kafka").register(metrics);
        Gauge.builder("outbox.oldest.unsent.age.seconds", this, relay -> relay.oldestUnsentAge().toSeconds())
                .description("Age of the oldest event not yet acknowledged by Kafka").register(metrics);
        if (!config.relayEnabled()) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        listen();
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Events written but not yet acknowledged by Kafka, as of the relay's last round. */
    public long backlog() {
        return backlog.get();
    }

    public Duration oldestUnsentAge() {
        Instant oldest = oldestUnsent.get();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now());
    }

    /** Asks the relay to look for new rows now, for writers in this process that just committed. */
    public void wake() {
        wakeUp.release();
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

    private void listen() {
        subscriber = PgSubscriber.subscriber(vertx, listenOptions)
                .reconnectPolicy(retries -> 1_000L);
        subscriber.channel(CHANNEL).handler(payload -> wakeUp.release());
        subscriber.connect().subscribe().with(
                connected -> LOG.debug("Listening for outbox notifications"),
                failure -> LOG.warnf("Cannot LISTEN for outbox events (%s); polling every %s", failure.getMessage(),
                        config.pollInterval()));
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                while (running && publishBatch() == config.batchSize()) {
                    // a full batch means more may be waiting: go again without sleeping
                }
                purgeSentRows();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed, retrying: %s", e.getMessage());
                sleepQuietly(config.pollInterval());
            }
        }
    }

    /** @return how many rows were published and marked sent */
    int publishBatch() {
        return pool.withTransaction(connection -> connection
                        .preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(ADVISORY_LOCK_KEY))
                        .chain(locked -> locked.iterator().next().getBoolean(0)
                                ? publishLocked(connection) : Uni.createFrom().item(0)))
                .await().atMost(config.deliveryTimeout().plusSeconds(30));
    }

    private Uni<Integer> publishLocked(SqlConnection connection) {
        return connection.preparedQuery("select position, partition_key, topic, payload, created_at,"
                        + " (select count(*) from outbox_event where sent_at is null) as backlog"
                        + " from outbox_event where sent_at is null order by position limit $1")
                .execute(Tuple.of(config.batchSize()))
                .chain(rows -> {
                    List<Row> batch = new ArrayList<>();
                    rows.forEach(batch::add);
                    backlog.set(batch.isEmpty() ? 0 : batch.get(0).getLong("backlog"));
                    oldestUnsent.set(batch.isEmpty() ? null
                            : batch.get(0).getOffsetDateTime("created_at").toInstant());
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    // send() blocks until Kafka acknowledges: keep it off the event loop this callback runs on.
                    return Uni.createFrom().item(() -> send(batch))
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                            .chain(sent -> markSent(connection, batch, sent));
                });
    }

    private Uni<Integer> markSent(SqlConnection connection, List<Row> batch, Long[] sent) {
        return connection.preparedQuery("update outbox_event set sent_at = now() where position = any($1)")
                .execute(Tuple.of(sent))
                .invoke(() -> {
                    backlog.addAndGet(-sent.length);
                    if (sent.length < batch.size()) {
                        oldestUnsent.set(batch.get(sent.length).getOffsetDateTime("created_at")
                                .toInstant());
                    } else {
                        oldestUnsent.set(null);
                    }
                })
                .map(updated -> sent.length);
    }

    /**
     * Sends the batch and waits for the acknowledgements. Returns the positions of the longest
     * acknowledged prefix: rows after a failure are retried next round, so no key's order breaks.
     */
    private Long[] send(List<Row> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (Row row : batch) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.getString("topic"),
                    row.getString("partition_key"), withSequence(row.getString("payload"), row.getLong("position")));
            record.headers().add(CloudEventCodec.CONTENT_TYPE_HEADER,
                    CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> ack = producer.send(record);
            acks.add(ack);
            if (failedAtOnce(ack)) {
                // Refused before it was queued (e.g. no metadata within max.block.ms): the rows after it must not
                // reach Kafka ahead of it, nor twice when the batch is retried.
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(batch.size());
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
                acknowledged.add(batch.get(i).getLong("position"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                LOG.warnf("Kafka did not acknowledge outbox event %d (%s); it will be retried",
                        batch.get(i).getLong("position"), e.getCause().getMessage());
                break;
            }
        }
        return acknowledged.toArray(Long[]::new);
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

    private void purgeSentRows() {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).compareTo(Duration.ofMinutes(1)) < 0) {
            return;
        }
        lastPurge = now;
        pool.preparedQuery("delete from outbox_event where sent_at < $1")
                .execute(Tuple.of(OffsetDateTime.now().minus(config.retention())))
                .await().atMost(Duration.ofSeconds(30));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
