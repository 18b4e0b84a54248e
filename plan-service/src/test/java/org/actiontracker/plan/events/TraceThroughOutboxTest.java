package org.actiontracker.plan.events;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the HTTP request to the Kafka record: the outbox row keeps the request's span context, the relay
 * publishes it in a PRODUCER span of the same trace, and the record names that span as its consumers' parent.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TraceThroughOutboxTest {

    private static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void postedUpdateIsPublishedInAProducerSpanOfTheRequestsTraceAndTheRecordCarriesThatSpansTraceparent() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        UUID action = Api.createAction(organisation, plan, "7", "7.1");
        try (PlanEventsTopic topic = PlanEventsTopic.fromNow()) {
            UUID update = UUID.fromString(editor(organisation).body(Map.of("text", "Traced update"))
                    .post("/api/v1/actions/{id}/updates", action).then().statusCode(201).extract().path("id"));
            String eventId = PlanDatabase.auditedEventIds(List.of(update)).get(0);
            PublishedEvent published = topic.awaitEvents(event -> event.id().equals(eventId), 1).get(0);

            SpanData request = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                    && "/api/v1/actions/{id}/updates".equals(span.getAttributes().get(HTTP_ROUTE)));
            SpanData producer = awaitSpan(span -> span.getKind() == SpanKind.PRODUCER
                    && eventId.equals(span.getAttributes().get(MESSAGE_ID)));

            assertThat(producer.getTraceId()).isEqualTo(request.getTraceId());
            assertThat(producer.getParentSpanId()).isEqualTo(request.getSpanId());
            assertThat(producer.getName()).isEqualTo("send plan-events");
            assertThat(PlanDatabase.outboxTraceparent(eventId))
                    .isEqualTo(traceparent(request.getTraceId(), request.getSpanId()));
            String producerTraceparent = traceparent(producer.getTraceId(), producer.getSpanId());
            assertThat(published.event().traceparent()).isEqualTo(producerTraceparent);
            assertThat(published.headers()).containsEntry("traceparent", producerTraceparent);
        }
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        return await().atMost(PlanEventsTopic.WAIT)
                .until(() -> spans.getFinishedSpanItems().stream().filter(wanted).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Sampled: the test profile keeps every trace. */
    private static String traceparent(String traceId, String spanId) {
        return "00-" + traceId + "-" + spanId + "-01";
    }
}
