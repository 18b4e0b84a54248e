package org.actiontracker.plan.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.events.CloudEventCodec.MalformedEventException;
import org.actiontracker.plan.config.OutboxConfig;
import org.actiontracker.plan.events.OutboxPublisher.Delivery;
import org.actiontracker.plan.events.OutboxStore.OutboxRow;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds which unsent outbox rows Kafka already holds: those a leader had published when it stopped (killed, or its
 * session lost) before it marked them sent. A relay taking the lead marks them instead of publishing them again.
 * <p>
 * It reads the end of each partition of the rows' topics with a consumer of its own (assigned, no group), from a
 * little before the oldest row was written, for at most {@code outbox.readback-timeout} and at most
 * {@code outbox.readback-max-records-per-partition} records of each partition. This removes the duplicates of a
 * crash without guaranteeing there are none: the rows it does not find, because Kafka cannot be read or not in time,
 * are published again. Delivery stays at least once, and consumers still drop an event id they have seen.
 */
@ApplicationScoped
public class OutboxReadback {

    private static final Logger LOG = Logger.getLogger(OutboxReadback.class);
    /**
     * Records carry the clock of the host that sent them, rows that of the host that wrote them: reading from this
     * long before the oldest row covers a difference between the two clocks.
     */
    private static final Duration CLOCK_SKEW_MARGIN = Duration.ofMinutes(1);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private final OutboxConfig config;
    private final String bootstrapServers;
    private final CloudEventCodec codec;

    public OutboxReadback(OutboxConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                          ObjectMapper objectMapper) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.codec = new CloudEventCodec(objectMapper);
    }

    /**
     * @param unsent the oldest unsent rows in position order: a leader publishes in that order, so the rows it was
     *               publishing when it stopped are among them
     * @return the positions of the rows to mark sent: those found on Kafka, except any behind a row of the same key
     * that was not found, which are published again after it to keep the key's order (as after a failed send)
     */
    List<Long> alreadyPublished(List<OutboxRow> unsent) {
        if (unsent.isEmpty()) {
            return List.of();
        }
        Set<String> found;
        try {
            found = eventIdsOnKafka(unsent);
        } catch (KafkaException e) {
            LOG.warnf("Outbox relay could not read Kafka back (%s); its %d oldest unsent events are published,"
                    + " any already there a second time", e.getMessage(), unsent.size());
            return List.of();
        }
        List<Long> positions = OutboxPublisher.positionsToMark(unsent.stream()
                .map(row -> new Delivery(row.position(), row.partitionKey(), found.contains(row.eventId())))
                .toList());
        if (!positions.isEmpty()) {
            LOG.infof("Outbox relay found %d unsent events already on Kafka (published by a leader that stopped or"
                    + " lost its PostgreSQL session before marking them): marked sent, not published again",
                    positions.size());
        }
        return positions;
    }

    private Set<String> eventIdsOnKafka(List<OutboxRow> unsent) {
        long deadline = System.nanoTime() + config.readbackTimeout().toNanos();
        Set<String> wanted = unsent.stream().map(OutboxRow::eventId).collect(Collectors.toSet());
        Instant since = unsent.stream().map(OutboxRow::createdAt).min(Comparator.naturalOrder()).orElseThrow()
                .minus(CLOCK_SKEW_MARGIN);
        KafkaConsumer<String, byte[]> consumer = newConsumer();
        try {
            Map<TopicPartition, Long> ends = tailsToRead(consumer, unsent, since, deadline);
            Set<String> found = new HashSet<>();
            while (!ends.isEmpty() && !found.containsAll(wanted)) {
                if (remaining(deadline).isZero()) {
                    LOG.warnf("Outbox relay read Kafka back for %s without reaching the end; the unsent events"
                            + " not found are published, some perhaps a second time", config.readbackTimeout());
                    break;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(min(POLL_TIMEOUT, remaining(deadline)))) {
                    String eventId = eventIdOf(record);
                    if (wanted.contains(eventId)) {
                        found.add(eventId);
                    }
                }
                ends.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
            }
            return found;
        } finally {
            consumer.close(Duration.ofSeconds(1));
        }
    }

    /**
     * Assigns the partitions of the rows' topics, each positioned at its first record sent {@code since} but at most
     * {@code readback-max-records-per-partition} before its end, and returns the end of those with records to read.
     */
    private Map<TopicPartition, Long> tailsToRead(KafkaConsumer<String, byte[]> consumer, List<OutboxRow> unsent,
                                                  Instant since, long deadline) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : unsent.stream().map(OutboxRow::topic).distinct().toList()) {
            consumer.partitionsFor(topic, remaining(deadline))
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        // Assigned first: the client warns of each offset it is answered for a partition it is not assigned.
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, remaining(deadline));
        Map<TopicPartition, OffsetAndTimestamp> firstSince = consumer.offsetsForTimes(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> since.toEpochMilli())),
                remaining(deadline));
        Map<TopicPartition, Long> toRead = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition);
            OffsetAndTimestamp first = firstSince.get(partition);
            long start = Math.max(first == null ? end : first.offset(), end - config.readbackMaxRecordsPerPartition());
            consumer.seek(partition, start);
            if (start < end) {
                toRead.put(partition, end);
            }
        }
        return toRead;
    }

    /** The CloudEvent id of the record, null when it is not a CloudEvent (then it is none of the outbox's). */
    private String eventIdOf(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return null;
        }
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        try {
            return codec.decode(headers, record.value()).id();
        } catch (MalformedEventException e) {
            return null;
        }
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "plan-service-outbox-readback",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A start the log no longer holds (retention) moves to the oldest record still there.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.readbackTimeout().toMillis());
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
