package org.actiontracker.notification.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.notification.service.EventOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Continues plan-service's trace in the consumer: each event is processed in a CONSUMER span whose parent is the
 * event's {@code traceparent} (CloudEvents distributed-tracing extension), read by the configured propagator (W3C
 * trace context). The envelope rather than the record's headers is the source, so the trace survives any hop that
 * keeps the event but not its headers. An event without one starts a trace of its own.
 */
@ApplicationScoped
public class EventTracing {

    private static final String INSTRUMENTATION_SCOPE = "org.actiontracker.notification.events";
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    /** Reads the W3C fields from the envelope's distributed-tracing extension attributes. */
    private static final TextMapGetter<CloudEvent> ENVELOPE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(CloudEvent event) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(CloudEvent event, String key) {
            if (event == null) {
                return null;
            }
            return switch (key) {
                case TRACEPARENT -> event.traceparent();
                case TRACESTATE -> event.tracestate();
                default -> null;
            };
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
    }

    /** Starts the span of processing one event; the caller makes it current while processing and ends it. */
    Span startProcessing(ConsumerRecord<String, byte[]> record, CloudEvent event) {
        Context parent = propagator.extract(Context.root(), event, ENVELOPE);
        return tracer.spanBuilder("process " + record.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.kafka.message.key", record.key())
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
    }

    /** Ends the span with what processing did to the view, or why it failed. */
    static void end(Span span, EventOutcome outcome, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, "The event could not be applied to the view");
        } else {
            span.setAttribute("actiontracker.event.outcome", outcome.tag());
        }
        span.end();
    }
}
