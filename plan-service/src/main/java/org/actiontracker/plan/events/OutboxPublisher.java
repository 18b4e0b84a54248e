package org.actiontracker.plan.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.plan.config.OutboxConfig;
import org.actiontracker.plan.events.OutboxStore.OutboxRow;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends outbox rows to Kafka in structured CloudEvents mode with an idempotent producer
 * ({@code acks=all}), and says which rows Kafka acknowledged. While Kafka is down the producer
 * keeps retrying; unacknowledged rows stay unsent and go out in order once the broker is back.
 * <p>
 * Each row is sent in a PRODUCER span, a child of the request that recorded it, which lasts until Kafka answered;
 * the record names that span as its consumers' parent, in the envelope's {@code traceparent} (CloudEvents
 * distributed-tracing extension) and in the W3C {@code traceparent} header.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final OutboxConfig config;
    private final String bootstrapServers;
    private final CloudEventCodec codec;
    private final OutboxTracing tracing;
    private KafkaProducer<String, byte[]> producer;

    public OutboxPublisher(OutboxConfig config,
                           @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                           ObjectMapper objectMapper, OutboxTracing tracing) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.codec = new CloudEventCodec(objectMapper);
        this.tracing = tracing;
    }

    void open() {
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
    }

    void close() {
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

    /** Sends the batch in order and waits for every acknowledgement. */
    List<Delivery> send(List<OutboxRow> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        for (OutboxRow row : batch) {
            CloudEvent stored = codec.decode(Map.of(), row.payload().getBytes(StandardCharsets.UTF_8));
            Span span = tracing.startPublishing(row, stored);
            spans.add(span);
            Map<String, String> traceContext = tracing.carrierOf(span);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.partitionKey(),
                    envelope(stored, row, traceContext));
            record.headers().add(CloudEventCodec.CONTENT_TYPE_HEADER,
                    CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            traceContext.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
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
            Span span = spans.get(i);
            boolean acknowledged;
            try {
                RecordMetadata metadata = acks.get(i).get();
                span.setAttribute("messaging.destination.partition.id", String.valueOf(metadata.partition()));
                span.setAttribute("messaging.kafka.offset", metadata.offset());
                acknowledged = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                acknowledged = false;
                failed++;
                firstFailure = firstFailure == null ? e.getCause() : firstFailure;
                span.recordException(e.getCause());
                span.setStatus(StatusCode.ERROR, "Kafka did not acknowledge the record; it will be published again");
            }
            span.end();
            deliveries.add(new Delivery(row.position(), row.partitionKey(), acknowledged));
        }
        // Interrupted (shutting down) before every answer came: those rows stay unsent and are published again.
        spans.subList(deliveries.size(), spans.size()).forEach(Span::end);
        if (failed > 0) {
            LOG.warnf("Kafka did not acknowledge %d of %d outbox events (%s); they will be published again",
                    failed, acks.size(), firstFailure.getMessage());
        }
        return deliveries;
    }

    /**
     * The stored envelope completed with the sequence of its row and the trace context of its publication, written
     * by the contract's codec.
     */
    private byte[] envelope(CloudEvent stored, OutboxRow row, Map<String, String> traceContext) {
        return codec.encodeStructured(stored.withSequence(row.position()).withTraceContext(
                traceContext.get(OutboxTracing.TRACEPARENT), traceContext.get(OutboxTracing.TRACESTATE)));
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

    /** An outbox row handed to the producer, and whether Kafka acknowledged it. */
    record Delivery(long position, String partitionKey, boolean acknowledged) {
    }
}
