package org.actiontracker.notification.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.service.EventOutcome;
import org.actiontracker.notification.service.NotificationMetrics;
import org.actiontracker.notification.service.PlanEventProjector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Consumes {@code plan-events}. A record is acknowledged only once the view is written, and the
 * throttled commit strategy commits acknowledged offsets only, so a restart resumes after the
 * last record written. Records that are not plan events are logged and skipped. A database
 * failure is retried with backoff; if it persists, the record is not acknowledged and the channel
 * stops (health turns DOWN) rather than skip an event.
 * <p>
 * Each event is processed in a CONSUMER span of the trace it names ({@link EventTracing}), current while the
 * projection is assembled so that its work and its log lines belong to that trace.
 */
@ApplicationScoped
public class PlanEventConsumer {

    private static final Logger LOG = Logger.getLogger(PlanEventConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final CloudEventCodec codec;
    private final PlanEventProjector projector;
    private final NotificationMetrics metrics;
    private final NotificationConfig config;
    private final EventTracing tracing;

    public PlanEventConsumer(CloudEventCodec codec, PlanEventProjector projector, NotificationMetrics metrics,
                             NotificationConfig config, EventTracing tracing) {
        this.codec = codec;
        this.projector = projector;
        this.metrics = metrics;
        this.config = config;
        this.tracing = tracing;
    }

    @Incoming("plan-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = codec.decode(headersOf(record), record.value());
        } catch (RuntimeException e) {
            // The codec reports most bad records as MalformedEventException; a tombstone (null value) fails earlier.
            return skip(record, null, e);
        }
        Span span = tracing.startProcessing(record, event);
        // The context captured while the chain is assembled is the one its callbacks run in.
        try (Scope current = span.makeCurrent()) {
            Uni<EventOutcome> applied;
            try {
                applied = projector.apply(event);
            } catch (CloudEventCodec.MalformedEventException e) {
                EventTracing.end(span, EventOutcome.MALFORMED, null);
                return skip(record, event.type(), e);
            }
            return applied
                    .onFailure().retry().withBackOff(FIRST_RETRY, LONGEST_RETRY)
                    .atMost(config.events().maxAttempts() - 1L)
                    .invoke(outcome -> {
                        metrics.eventConsumed(event.type(), outcome);
                        LOG.debugf("%s %s %s", outcome, event.type(), event.id());
                    })
                    .onFailure().invoke(e -> LOG.errorf(e, "Could not apply %s %s from %s-%d@%d; consumption stops",
                            event.type(), event.id(), record.topic(), record.partition(), record.offset()))
                    .onItemOrFailure().invoke((outcome, failure) -> EventTracing.end(span, outcome, failure))
                    .replaceWithVoid();
        }
    }

    private Uni<Void> skip(ConsumerRecord<String, byte[]> record, String type, RuntimeException cause) {
        LOG.warnf("Skipping record %s-%d@%d (key %s) that is not a plan event: %s",
                record.topic(), record.partition(), record.offset(), record.key(), cause.getMessage());
        metrics.eventConsumed(type, EventOutcome.MALFORMED);
        return Uni.createFrom().voidItem();
    }

    /** The last value of each header, as the codec expects. */
    private static Map<String, byte[]> headersOf(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
