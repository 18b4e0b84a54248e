package org.actiontracker.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Reads and writes plan events on Kafka. plan-service writes structured mode (the whole envelope
 * is the record value, content type {@code application/cloudevents+json}); readers accept that
 * and binary mode ({@code ce_*} headers, the value is {@code data}), as the Kafka protocol binding
 * of CloudEvents 1.0 allows either.
 */
public final class CloudEventCodec {

    public static final String CONTENT_TYPE_HEADER = "content-type";
    private static final String BINARY_PREFIX = "ce_";

    private final ObjectMapper mapper;

    public CloudEventCodec() {
        this(new ObjectMapper());
    }

    public CloudEventCodec(ObjectMapper base) {
        this.mapper = base.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public byte[] encodeStructured(CloudEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + event.id(), e);
        }
    }

    public JsonNode toJson(Object value) {
        return mapper.valueToTree(value);
    }

    /**
     * Decodes a Kafka record in either mode.
     *
     * @param headers the record's headers by name (the last value of each)
     * @param value   the record's value
     * @throws MalformedEventException when the record is not a CloudEvent
     */
    public CloudEvent decode(Map<String, byte[]> headers, byte[] value) {
        if (headers.containsKey(BINARY_PREFIX + "specversion")) {
            return decodeBinary(headers, value);
        }
        try {
            CloudEvent event = mapper.readValue(value, CloudEvent.class);
            return requireValid(event);
        } catch (IOException e) {
            throw new MalformedEventException("Record value is not a structured CloudEvent: " + e.getMessage(), e);
        }
    }

    private CloudEvent decodeBinary(Map<String, byte[]> headers, byte[] value) {
        try {
            JsonNode data = value == null || value.length == 0 ? null : mapper.readTree(value);
            String time = header(headers, "time");
            return requireValid(new CloudEvent(
                    header(headers, "specversion"),
                    header(headers, "id"),
                    header(headers, "source"),
                    header(headers, "type"),
                    header(headers, "subject"),
                    time == null ? null : OffsetDateTime.parse(time),
                    headers.containsKey(CONTENT_TYPE_HEADER)
                            ? new String(headers.get(CONTENT_TYPE_HEADER), StandardCharsets.UTF_8) : null,
                    header(headers, "dataschema"),
                    header(headers, "partitionkey"),
                    header(headers, "sequence"),
                    header(headers, "traceparent"),
                    header(headers, "tracestate"),
                    data));
        } catch (IOException | RuntimeException e) {
            throw new MalformedEventException("Binary-mode record is not a CloudEvent: " + e.getMessage(), e);
        }
    }

    private static String header(Map<String, byte[]> headers, String attribute) {
        byte[] raw = headers.get(BINARY_PREFIX + attribute);
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }

    private static CloudEvent requireValid(CloudEvent event) {
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())
                || isBlank(event.id()) || isBlank(event.source()) || isBlank(event.type())) {
            throw new MalformedEventException("CloudEvent lacks specversion 1.0, id, source or type");
        }
        return event;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The event's data as {@code EventData<T>} for the given snapshot class. */
    public <T> EventData<T> dataOf(CloudEvent event, Class<T> resourceType) {
        JavaType type = mapper.getTypeFactory().constructParametricType(EventData.class, resourceType);
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Data of " + event.type() + " does not match its schema: "
                    + e.getMessage(), e);
        }
    }

    public <T> T convert(JsonNode node, TypeReference<T> type) {
        return mapper.convertValue(node, type);
    }

    /** Thrown for a record that cannot be read as a plan event; consumers skip and log it. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
