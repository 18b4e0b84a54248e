package org.actiontracker.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 envelope as it travels in structured mode, with the {@code partitionkey}
 * and {@code sequence} extensions. {@code sequence} is a zero-padded decimal, so it orders
 * lexicographically as the spec requires. {@code traceparent} and {@code tracestate} are the
 * distributed-tracing extension: the W3C trace context of the span that published the event,
 * which a consumer continues; absent when the publisher was not tracing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        String partitionkey,
        String sequence,
        String traceparent,
        String tracestate,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String SOURCE = "/actiontracker/plan-service";

    /** The versioned schema URI of the {@code data} of events about a resource kind. */
    public static String dataSchemaFor(String resource) {
        return "urn:actiontracker:events:" + resource + ":v1";
    }

    /** This event with the {@code sequence} of the outbox position it was published from. */
    public CloudEvent withSequence(long position) {
        return new CloudEvent(specversion, id, source, type, subject, time, datacontenttype, dataschema, partitionkey,
                sequenceOf(position), traceparent, tracestate, data);
    }

    /**
     * This event with the W3C trace context of the span publishing it (distributed-tracing extension).
     *
     * @param traceparent the W3C {@code traceparent}, or null when not traced
     * @param tracestate  the W3C {@code tracestate}, or null when it is empty
     */
    public CloudEvent withTraceContext(String traceparent, String tracestate) {
        return new CloudEvent(specversion, id, source, type, subject, time, datacontenttype, dataschema, partitionkey,
                sequence, traceparent, tracestate, data);
    }

    /** Zero-padded so that string order equals numeric order. */
    public static String sequenceOf(long position) {
        return String.format("%020d", position);
    }
}
