package org.actiontracker.plan.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.plan.events.OutboxStore.OutboxRow;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the trace of a write across the outbox: the request's context is kept with the row in W3C form, and the
 * relay, on its own thread, publishes each row in a PRODUCER span whose parent is that context. Contexts are written
 * and read by the configured propagator (W3C trace context), never by hand. With tracing off, nothing is stored and
 * the spans are no-ops.
 */
@ApplicationScoped
public class OutboxTracing {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    private static final String INSTRUMENTATION_SCOPE = "org.actiontracker.plan.events";

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public OutboxTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
    }

    /** The W3C traceparent of the current span (the HTTP request recording a change); null when not traced. */
    String currentTraceparent() {
        return carrierOf(Context.current()).get(TRACEPARENT);
    }

    /**
     * Starts the span of one row's publication, a child of the context stored with the row (a root span when none
     * was stored). The caller ends it once Kafka answered.
     */
    Span startPublishing(OutboxRow row, CloudEvent event) {
        Context parent = row.traceparent() == null ? Context.root()
                : propagator.extract(Context.root(), Map.of(TRACEPARENT, row.traceparent()), MAP_GETTER);
        return tracer.spanBuilder("send " + row.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", row.topic())
                .setAttribute("messaging.kafka.message.key", row.partitionKey())
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("actiontracker.outbox.position", row.position())
                .startSpan();
    }

    /** The W3C headers ({@value #TRACEPARENT}, and {@value #TRACESTATE} if any) naming the span as parent. */
    Map<String, String> carrierOf(Span span) {
        return carrierOf(Context.root().with(span));
    }

    private Map<String, String> carrierOf(Context context) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier;
    }
}
