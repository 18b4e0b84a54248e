package org.actiontracker.plan.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.actiontracker.events.CloudEvent;

import java.util.Map;
import java.util.UUID;

/** A record of topic plan-events as a consumer reads it, decoded. */
public record PublishedEvent(int partition, long offset, String key, Map<String, String> headers, String value,
                             CloudEvent event) {

    public String type() {
        return event.type();
    }

    public String id() {
        return event.id();
    }

    public JsonNode resource() {
        return event.data().path("resource");
    }

    public UUID resourceId() {
        return UUID.fromString(resource().path("id").asText());
    }

    public JsonNode changes() {
        return event.data().path("changes");
    }

    public boolean hasKey(UUID id) {
        return id.toString().equals(key);
    }
}
