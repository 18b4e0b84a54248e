package org.actiontracker.notification.support;

import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.events.EventData;
import org.actiontracker.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes plan events as plan-service does, built from the contract's records and written by its
 * codec, in structured or binary mode.
 */
public final class PlanEvents {

    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static KafkaProducer<String, byte[]> producer;

    private PlanEvents() {
    }

    public static <T> CloudEvent event(String type, String resource, UUID resourceId, UUID key, T snapshot) {
        EventData<T> data = new EventData<>(snapshot, List.of(),
                new EventData.Actor("editor-1", "Ed Editor", null));
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), CloudEvent.SOURCE, type,
                resource + "s/" + resourceId, OffsetDateTime.now(ZoneOffset.UTC), CloudEvent.JSON,
                CloudEvent.dataSchemaFor(resource), key.toString(), CloudEvent.sequenceOf(SEQUENCE.incrementAndGet()),
                null, null, CODEC.toJson(data));
    }

    /** The whole envelope as the record value, as plan-service writes it. */
    public static void publishStructured(CloudEvent event) {
        send(new ProducerRecord<>(Topics.PLAN_EVENTS, null, event.partitionkey(), CODEC.encodeStructured(event),
                List.of(new RecordHeader(CloudEventCodec.CONTENT_TYPE_HEADER, bytes(CloudEvent.STRUCTURED_CONTENT_TYPE)))));
    }

    /** The attributes as ce_ headers and the data as the record value. */
    public static void publishBinary(CloudEvent event) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("ce_specversion", event.specversion());
        attributes.put("ce_id", event.id());
        attributes.put("ce_source", event.source());
        attributes.put("ce_type", event.type());
        attributes.put("ce_subject", event.subject());
        attributes.put("ce_time", event.time().toString());
        attributes.put("ce_dataschema", event.dataschema());
        attributes.put("ce_partitionkey", event.partitionkey());
        attributes.put("ce_sequence", event.sequence());
        attributes.put(CloudEventCodec.CONTENT_TYPE_HEADER, event.datacontenttype());
        var headers = attributes.entrySet().stream()
                .map(header -> (Header) new RecordHeader(header.getKey(), bytes(header.getValue())))
                .toList();
        send(new ProducerRecord<>(Topics.PLAN_EVENTS, null, event.partitionkey(), bytes(event.data().toString()),
                headers));
    }

    /** Any bytes at all, under the key, to check that consumption survives them. */
    public static void publishRaw(String key, byte[] value) {
        send(new ProducerRecord<>(Topics.PLAN_EVENTS, key, value));
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e);
        }
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 0),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
