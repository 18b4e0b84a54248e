package org.actiontracker.plan.events.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.actiontracker.events.Topics;
import org.actiontracker.plan.events.ChangeGeneration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves topic {@code plan-events} to SSE subscribers. One live consumer per instance (no consumer group, every
 * partition assigned) reads the new records and hands each to every subscriber, so every instance serves every
 * event. A subscriber resuming from an earlier position first gets a replay consumer of its own that reads from
 * that position until it has caught up with the live consumer, then joins the live feed; the hand-over happens
 * under the lock the live consumer dispatches under, and each subscriber's position drops records it has passed.
 */
@ApplicationScoped
public class EventFeed {

    private static final Logger LOG = Logger.getLogger(EventFeed.class);
    private static final String TOPIC = Topics.PLAN_EVENTS;
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(250);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PARTITION_REFRESH = Duration.ofSeconds(30);
    private static final Duration TOPIC_WAIT = Duration.ofSeconds(1);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final String bootstrapServers;
    private final FeedEventReader reader;
    private final EventStreamConfig config;
    private final Vertx vertx;
    private final MeterRegistry metrics;
    private final ChangeGeneration changes;

    /** Guards the hand-over to the live feed: {@link #livePosition}, {@link #liveFeedReady} and joining. */
    private final Object lock = new Object();
    private final Map<Integer, Long> livePosition = new TreeMap<>();
    private boolean liveFeedReady;
    private final Set<StreamSubscriber> live = ConcurrentHashMap.newKeySet();
    private final Set<StreamSubscriber> awaitingLiveFeed = ConcurrentHashMap.newKeySet();
    private final Set<StreamSubscriber> open = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private KafkaConsumer<String, byte[]> liveConsumer;
    private Thread liveThread;
    private ExecutorService replays;
    private long heartbeatTimer;

    public EventFeed(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, FeedEventReader reader,
                     EventStreamConfig config, Vertx vertx, MeterRegistry metrics, ChangeGeneration changes) {
        this.bootstrapServers = bootstrapServers;
        this.reader = reader;
        this.config = config;
        this.vertx = vertx;
        this.metrics = metrics;
        this.changes = changes;
    }

    void start(@Observes StartupEvent startup) {
        Gauge.builder("event.stream.connections", open, Set::size)
                .description("Open Server-Sent Events connections").register(metrics);
        running = true;
        replays = Executors.newCachedThreadPool(daemonThreads("event-stream-replay-"));
        liveConsumer = newConsumer("plan-service-event-stream");
        liveThread = new Thread(this::followLive, "event-stream-live");
        liveThread.setDaemon(true);
        liveThread.start();
        heartbeatTimer = vertx.setPeriodic(config.heartbeat().toMillis(),
                tick -> open.forEach(StreamSubscriber::heartbeat));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        vertx.cancelTimer(heartbeatTimer);
        if (liveConsumer != null) {
            liveConsumer.wakeup();
        }
        if (liveThread != null) {
            try {
                liveThread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Clients reconnect, to another instance if need be, and resume where they were.
        open.forEach(StreamSubscriber::close);
        if (replays != null) {
            replays.shutdownNow();
        }
    }

    /**
     * The events that match the filter, from the position given or, without one, from now on. Every SSE event's
     * id is the subscriber's {@link StreamPosition} after it.
     */
    public Multi<OutboundSseEvent> subscribe(StreamFilter filter, StreamPosition resumeFrom, Sse sse) {
        StreamSubscriber subscriber = new StreamSubscriber(filter, sse, config.maxQueuedEvents());
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            subscriber.attach(emitter);
            emitter.onTermination(() -> forget(subscriber));
            open.add(subscriber);
            if (resumeFrom == null) {
                joinFromNow(subscriber);
            } else {
                replays.execute(() -> replay(subscriber, resumeFrom));
            }
        }, BackPressureStrategy.BUFFER).onItem().invoke(subscriber::delivered);
    }

    private void forget(StreamSubscriber subscriber) {
        subscriber.close();
        open.remove(subscriber);
        live.remove(subscriber);
        awaitingLiveFeed.remove(subscriber);
    }

    private void joinFromNow(StreamSubscriber subscriber) {
        synchronized (lock) {
            if (!liveFeedReady) {
                awaitingLiveFeed.add(subscriber);
                return;
            }
            subscriber.start(livePosition);
            live.add(subscriber);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The live feed
    // ---------------------------------------------------------------------------------------------------------

    private void followLive() {
        Instant nextPartitionCheck = Instant.MIN;
        while (running) {
            Map<TopicPartition, Long> before = Map.of();
            try {
                if (!Instant.now().isBefore(nextPartitionCheck)) {
                    boolean topicExists = assignLivePartitions();
                    nextPartitionCheck = Instant.now().plus(topicExists ? PARTITION_REFRESH : TOPIC_WAIT);
                }
                if (liveConsumer.assignment().isEmpty()) {
                    pause(TOPIC_WAIT);
                    continue;
                }
                before = positionsOf(liveConsumer);
                ConsumerRecords<String, byte[]> records = liveConsumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty()) {
                    // Before subscribers hear of it: a page they fetch on hearing is derived afresh.
                    changes.advance();
                }
                // Decoding every event costs more than publishing it: with nobody subscribed only positions move.
                List<FeedEvent> events = live.isEmpty() ? null : read(records);
                dispatch(records, events, partitionOffsets(positionsOf(liveConsumer)));
            } catch (WakeupException e) {
                // stop() woke the consumer: the loop ends as running is false
            } catch (RuntimeException e) {
                LOG.warnf("Event stream could not read %s, retrying: %s", TOPIC, e.getMessage());
                // Read the batch again: its events may not have reached every subscriber.
                before.forEach(liveConsumer::seek);
                pause(RETRY_PAUSE);
            }
        }
        liveConsumer.close(Duration.ofSeconds(5));
    }

    /**
     * Assigns the partitions the live consumer does not read yet: at start from their end (subscribers resuming
     * from earlier are replayed), afterwards from their beginning, as they are new.
     *
     * @return whether the topic exists
     */
    private boolean assignLivePartitions() {
        List<TopicPartition> existing = partitionsOf(liveConsumer);
        Set<TopicPartition> assigned = new HashSet<>(liveConsumer.assignment());
        List<TopicPartition> added = existing.stream().filter(partition -> !assigned.contains(partition)).toList();
        if (!added.isEmpty()) {
            assigned.addAll(added);
            liveConsumer.assign(assigned);
            if (liveFeedReady) {
                liveConsumer.seekToBeginning(added);
            } else {
                liveConsumer.seekToEnd(added);
            }
        }
        Map<Integer, Long> addedPositions = new HashMap<>();
        added.forEach(partition -> addedPositions.put(partition.partition(), liveConsumer.position(partition)));
        synchronized (lock) {
            livePosition.putAll(addedPositions);
            if (!liveFeedReady) {
                liveFeedReady = true;
                awaitingLiveFeed.forEach(subscriber -> {
                    subscriber.start(livePosition);
                    live.add(subscriber);
                });
                awaitingLiveFeed.clear();
            }
        }
        return !existing.isEmpty();
    }

    /** @param events the records decoded, or {@code null} when nobody was subscribed as they were read */
    private void dispatch(ConsumerRecords<String, byte[]> records, List<FeedEvent> events,
                          Map<Integer, Long> positions) {
        synchronized (lock) {
            if (events == null) {
                // Somebody joined meanwhile, at a position before these records.
                events = live.isEmpty() ? List.of() : read(records);
            }
            for (FeedEvent event : events) {
                live.removeIf(subscriber -> !subscriber.offer(event));
            }
            livePosition.putAll(positions);
            live.forEach(subscriber -> subscriber.advanceTo(positions));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Replays
    // ---------------------------------------------------------------------------------------------------------

    private void replay(StreamSubscriber subscriber, StreamPosition from) {
        subscriber.start(from.asMap());
        try (KafkaConsumer<String, byte[]> consumer = newConsumer("plan-service-event-stream-replay")) {
            while (running && subscriber.isOpen()) {
                assignReplayPartitions(consumer, subscriber, from);
                if (!consumer.assignment().isEmpty()) {
                    for (FeedEvent event : read(consumer.poll(POLL_TIMEOUT))) {
                        subscriber.replay(event);
                    }
                    subscriber.advanceTo(partitionOffsets(positionsOf(consumer)));
                }
                if (tryJoinLive(subscriber)) {
                    return;
                }
                if (consumer.assignment().isEmpty()) {
                    pause(TOPIC_WAIT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            subscriber.close();
        } catch (RuntimeException e) {
            // The client reconnects with its Last-Event-ID and the replay starts again from there.
            LOG.warnf("Event stream replay failed, closing the connection: %s", e.getMessage());
            subscriber.close();
        }
    }

    /** Starts each partition at the client's offset, kept within what the log still holds. */
    private void assignReplayPartitions(KafkaConsumer<String, byte[]> consumer, StreamSubscriber subscriber,
                                        StreamPosition from) {
        Set<TopicPartition> assigned = new HashSet<>(consumer.assignment());
        List<TopicPartition> added = replayPartitions(consumer).stream()
                .filter(partition -> !assigned.contains(partition)).toList();
        if (added.isEmpty()) {
            return;
        }
        assigned.addAll(added);
        consumer.assign(assigned);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(added);
        Map<TopicPartition, Long> ends = consumer.endOffsets(added);
        for (TopicPartition partition : added) {
            long beginning = beginnings.get(partition);
            long start = Math.min(Math.max(from.nextOffset(partition.partition()).orElse(beginning), beginning),
                    ends.get(partition));
            consumer.seek(partition, start);
            subscriber.restartPartitionAt(partition.partition(), start);
        }
    }

    private List<TopicPartition> replayPartitions(KafkaConsumer<String, byte[]> consumer) {
        synchronized (lock) {
            if (liveFeedReady) {
                return livePosition.keySet().stream().map(partition -> new TopicPartition(TOPIC, partition)).toList();
            }
        }
        return partitionsOf(consumer);
    }

    /** Joins the live feed once the subscriber has read at least as far as it in every partition. */
    private boolean tryJoinLive(StreamSubscriber subscriber) {
        synchronized (lock) {
            if (!liveFeedReady || !subscriber.isOpen()) {
                return false;
            }
            for (Map.Entry<Integer, Long> partition : livePosition.entrySet()) {
                if (subscriber.nextOffset(partition.getKey()) < partition.getValue()) {
                    return false;
                }
            }
            live.add(subscriber);
            return true;
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<FeedEvent> read(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<FeedEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            FeedEvent event = reader.read(record);
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer) {
        List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, METADATA_TIMEOUT);
        return partitions == null ? List.of()
                : partitions.stream().map(info -> new TopicPartition(TOPIC, info.partition())).toList();
    }

    private static Map<TopicPartition, Long> positionsOf(KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        consumer.assignment().forEach(partition -> positions.put(partition, consumer.position(partition)));
        return positions;
    }

    private static Map<Integer, Long> partitionOffsets(Map<TopicPartition, Long> positions) {
        Map<Integer, Long> offsets = new HashMap<>();
        positions.forEach((partition, offset) -> offsets.put(partition.partition(), offset));
        return offsets;
    }

    private KafkaConsumer<String, byte[]> newConsumer(String clientId) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A position the log no longer holds restarts at the oldest record still there.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
