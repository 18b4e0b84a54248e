package org.actiontracker.plan.events.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.events.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a {@code plan-events} record into a {@link FeedEvent}: which plan and organisation it belongs to, read from
 * {@code data.resource}. An update's snapshot names its plan but not the organisation, so that comes from the plan.
 */
@ApplicationScoped
class FeedEventReader {

    private static final Logger LOG = Logger.getLogger(FeedEventReader.class);

    private final CloudEventCodec codec;
    private final PlanOrganisations planOrganisations;

    FeedEventReader(ObjectMapper objectMapper, PlanOrganisations planOrganisations) {
        this.codec = new CloudEventCodec(objectMapper);
        this.planOrganisations = planOrganisations;
    }

    /**
     * Blocks on a database lookup the first time an update of a plan is seen; call it off the event loop.
     *
     * @return {@code null} for a record that is not a plan event, which subscribers skip
     */
    FeedEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = codec.decode(headersOf(record), record.value());
        } catch (CloudEventCodec.MalformedEventException e) {
            LOG.warnf("Skipping record %d of partition %d: %s", record.offset(), record.partition(), e.getMessage());
            return null;
        }
        String json = new String(record.value(), StandardCharsets.UTF_8);
        JsonNode resource = event.data() == null ? null : event.data().path("resource");
        String kind = event.type().startsWith(EventTypes.PREFIX) ? EventTypes.resourceOf(event.type()) : "";
        UUID planId = switch (kind) {
            case "plan" -> uuid(resource, "id");
            case "action", "update" -> uuid(resource, "planId");
            default -> null;
        };
        UUID organisationId = switch (kind) {
            case "organisation" -> uuid(resource, "id");
            case "plan", "action" -> uuid(resource, "organisationId");
            case "update" -> planId == null ? null : planOrganisations.of(planId);
            default -> null;
        };
        if (planId != null && organisationId != null) {
            planOrganisations.learn(planId, organisationId);
        }
        return new FeedEvent(record.partition(), record.offset(), event.type(), planId, organisationId, json);
    }

    private static UUID uuid(JsonNode resource, String field) {
        if (resource == null || !resource.path(field).isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(resource.path(field).asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, byte[]> headersOf(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
