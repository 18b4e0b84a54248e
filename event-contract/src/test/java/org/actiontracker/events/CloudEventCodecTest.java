package org.actiontracker.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String TRACESTATE = "vendor=opaque";

    private final CloudEventCodec codec = new CloudEventCodec();

    private CloudEvent statusChanged(UUID actionId) {
        Snapshots.Action action = new Snapshots.Action(actionId, UUID.randomUUID(), UUID.randomUUID(), "Humberside Police",
                UUID.randomUUID(), UUID.randomUUID(), "14", "14.2", "Tell victims their rights",
                new Snapshots.Person("Jo Bloggs", "DCI Safeguarding", "jo@example.org"), LocalDate.of(2025, 3, 27),
                "COMPLETE", "Action Complete", "GREEN", 100, List.of(), Instant.parse("2025-03-01T10:00:00Z"),
                Instant.parse("2024-11-01T10:00:00Z"), 3);
        EventData<Snapshots.Action> data = new EventData<>(action,
                List.of(new EventData.FieldChange("status", "ON_TRACK", "COMPLETE")),
                new EventData.Actor("editor-1", "Jo Bloggs", action.organisationId()));
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), CloudEvent.SOURCE,
                EventTypes.ACTION_STATUS_CHANGED, "actions/" + actionId,
                OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), CloudEvent.JSON,
                CloudEvent.dataSchemaFor("action"), actionId.toString(), CloudEvent.sequenceOf(42), TRACEPARENT, TRACESTATE,
                codec.toJson(data));
    }

    @Test
    void structuredEventRoundTripsWithTypedData() {
        UUID actionId = UUID.randomUUID();
        CloudEvent sent = statusChanged(actionId);

        CloudEvent received = codec.decode(Map.of(), codec.encodeStructured(sent));

        assertSameEvent(received, sent);
        EventData<Snapshots.Action> data = codec.dataOf(received, Snapshots.Action.class);
        assertThat(data.resource().id()).isEqualTo(actionId);
        assertThat(data.resource().targetDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(data.changes()).containsExactly(new EventData.FieldChange("status", "ON_TRACK", "COMPLETE"));
    }

    @Test
    void binaryModeRecordIsReadFromCeHeaders() {
        CloudEvent sent = statusChanged(UUID.randomUUID());
        Map<String, byte[]> headers = Map.ofEntries(
                Map.entry("ce_specversion", bytes("1.0")),
                Map.entry("ce_id", bytes(sent.id())),
                Map.entry("ce_source", bytes(sent.source())),
                Map.entry("ce_type", bytes(sent.type())),
                Map.entry("ce_subject", bytes(sent.subject())),
                Map.entry("ce_time", bytes(sent.time().toString())),
                Map.entry("ce_partitionkey", bytes(sent.partitionkey())),
                Map.entry("ce_sequence", bytes(sent.sequence())),
                Map.entry("ce_dataschema", bytes(sent.dataschema())),
                Map.entry("ce_traceparent", bytes(sent.traceparent())),
                Map.entry("ce_tracestate", bytes(sent.tracestate())),
                Map.entry("content-type", bytes(CloudEvent.JSON)));

        CloudEvent received = codec.decode(headers, bytes(sent.data().toString()));

        assertSameEvent(received, sent);
    }

    @Test
    void traceContextTravelsAsTheDistributedTracingExtensionAndIsLeftOutWhenNotTraced() throws Exception {
        CloudEvent traced = statusChanged(UUID.randomUUID());
        CloudEvent untraced = traced.withTraceContext(null, null);

        JsonNode tracedJson = new ObjectMapper().readTree(codec.encodeStructured(traced));
        JsonNode untracedJson = new ObjectMapper().readTree(codec.encodeStructured(untraced));

        assertThat(tracedJson.path("traceparent").asText()).isEqualTo(TRACEPARENT);
        assertThat(tracedJson.path("tracestate").asText()).isEqualTo(TRACESTATE);
        assertThat(untracedJson.has("traceparent")).isFalse();
        assertThat(untracedJson.has("tracestate")).isFalse();
        assertThat(codec.decode(Map.of(), codec.encodeStructured(untraced)).traceparent()).isNull();
    }

    @Test
    void recordThatIsNotACloudEventIsRejected() {
        assertThatThrownBy(() -> codec.decode(Map.of(), bytes("{\"hello\":\"world\"}")))
                .isInstanceOf(CloudEventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(Map.of(), bytes("not json")))
                .isInstanceOf(CloudEventCodec.MalformedEventException.class);
    }

    @Test
    void sequenceOrdersLexicographicallyLikeNumbers() {
        assertThat(CloudEvent.sequenceOf(9).compareTo(CloudEvent.sequenceOf(10))).isNegative();
        assertThat(EventTypes.resourceOf(EventTypes.ACTION_TARGET_DATE_CHANGED)).isEqualTo("action");
    }

    /** JSON numbers come back as the narrowest node type, so data is compared as JSON text. */
    private static void assertSameEvent(CloudEvent received, CloudEvent sent) {
        assertThat(received).usingRecursiveComparison().ignoringFields("data").isEqualTo(sent);
        assertThat(received.data().toString()).isEqualTo(sent.data().toString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
