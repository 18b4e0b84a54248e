package org.actiontracker.plan.events;

import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.events.Topics;
import org.actiontracker.infra.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Reads topic plan-events from the real test broker as any consumer would (every partition assigned, no group),
 * from the moment it is opened: records already there are skipped, partitions created later are read whole.
 */
public final class PlanEventsTopic implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, byte[]> consumer;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final List<PublishedEvent> received = new ArrayList<>();

    private PlanEventsTopic() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> existing = partitions();
        consumer.assign(existing);
        consumer.seekToEnd(existing);
        existing.forEach(consumer::position);
    }

    public static PlanEventsTopic fromNow() {
        return new PlanEventsTopic();
    }

    /** Reads until at least {@code count} events match, and returns the matching ones in the order read. */
    public List<PublishedEvent> awaitEvents(Predicate<PublishedEvent> filter, int count) {
        await().atMost(WAIT).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .ignoreException(TimeoutException.class)
                .until(() -> {
                    poll();
                    return received(filter).size() >= count;
                });
        return received(filter);
    }

    /** Events with this Kafka key, in offset order. */
    public List<PublishedEvent> awaitKeyed(UUID key, int count) {
        return awaitEvents(event -> event.hasKey(key), count);
    }

    /** Reads everything the topic holds right now, so that no later duplicate can hide. */
    public List<PublishedEvent> readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        await().atMost(WAIT).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .ignoreException(TimeoutException.class)
                .until(() -> {
                    poll();
                    return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
                });
        return List.copyOf(received);
    }

    public List<PublishedEvent> received(Predicate<PublishedEvent> filter) {
        return received.stream().filter(filter).toList();
    }

    private void poll() {
        assignNewPartitions();
        if (consumer.assignment().isEmpty()) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            Map<String, byte[]> rawHeaders = new HashMap<>();
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                rawHeaders.put(header.key(), header.value());
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            CloudEvent event = codec.decode(rawHeaders, record.value());
            received.add(new PublishedEvent(record.partition(), record.offset(), record.key(), headers,
                    new String(record.value(), StandardCharsets.UTF_8), event));
        }
    }

    private void assignNewPartitions() {
        Set<TopicPartition> assigned = new HashSet<>(consumer.assignment());
        List<TopicPartition> added = partitions().stream().filter(partition -> !assigned.contains(partition)).toList();
        if (!added.isEmpty()) {
            assigned.addAll(added);
            consumer.assign(assigned);
            consumer.seekToBeginning(added);
        }
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.PLAN_EVENTS, Duration.ofSeconds(10));
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
