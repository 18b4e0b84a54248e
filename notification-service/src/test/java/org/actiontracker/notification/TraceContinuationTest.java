package org.actiontracker.notification;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.EventTypes;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.PlanEvents;
import org.actiontracker.notification.support.TracingProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trace plan-service started goes on here: an event is processed in a CONSUMER span whose parent is the span its
 * traceparent names, and a scan traces its digests' delivery down to the SMTP exchange.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TraceContinuationTest extends NotificationTestBase {

    private static final LocalDate AS_OF = LocalDate.of(2032, 3, 1);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PRODUCER_SPAN_ID = "00f067aa0ba902b7";
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("actiontracker.event.outcome");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void eventIsProcessedInAConsumerSpanWhoseParentIsTheSpanItsTraceparentNames() {
        var plan = new ActionPlanFixture();
        var action = plan.action(plan.email("owner"), AS_OF.plusDays(5));
        CloudEvent event = action.nextEvent(EventTypes.ACTION_CREATED)
                .withTraceContext("00-" + TRACE_ID + "-" + PRODUCER_SPAN_ID + "-01", null);

        PlanEvents.publishStructured(event);
        Api.awaitTrackedVersion(action.id, action.version);

        SpanData consumer = awaitSpan(span -> event.id().equals(span.getAttributes().get(MESSAGE_ID)));
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getName()).isEqualTo("process plan-events");
        assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(consumer.getParentSpanId()).isEqualTo(PRODUCER_SPAN_ID);
        assertThat(consumer.getParentSpanContext().isRemote()).isTrue();
        assertThat(consumer.getAttributes().get(OUTCOME)).isEqualTo("applied");
    }

    @Test
    void scanTracesTheDeliveryOfItsDigestsDownToTheSmtpExchange() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(60);
        var action = plan.action(plan.email("owner"), AS_OF.plusDays(5)).publish();

        Api.scan(AS_OF, plan.organisationId);
        Mailbox.awaitOne(action.ownerEmail);

        SpanData scan = awaitSpan(span -> span.getName().equals("notification scan")
                && plan.organisationId.toString().equals(span.getAttributes()
                .get(AttributeKey.stringKey("actiontracker.scan.organisation_id"))));
        SpanData delivery = awaitSpan(span -> span.getName().equals("deliver digests")
                && span.getTraceId().equals(scan.getTraceId()));
        SpanData smtp = awaitSpan(span -> span.getName().equals("smtp send")
                && span.getTraceId().equals(scan.getTraceId()));
        assertThat(delivery.getParentSpanId()).isEqualTo(scan.getSpanId());
        assertThat(smtp.getParentSpanId()).isEqualTo(delivery.getSpanId());
        assertThat(smtp.getKind()).isEqualTo(SpanKind.CLIENT);
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> spans.getFinishedSpanItems().stream().filter(wanted).findFirst(), Optional::isPresent)
                .orElseThrow();
    }
}
