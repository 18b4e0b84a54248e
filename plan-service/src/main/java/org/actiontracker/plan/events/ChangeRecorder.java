package org.actiontracker.plan.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.CloudEventCodec;
import org.actiontracker.events.EventData;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Topics;
import org.actiontracker.plan.domain.AuditEntry;
import org.actiontracker.plan.domain.OutboxEvent;
import org.actiontracker.plan.domain.Timestamps;
import org.actiontracker.plan.repository.OutboxRepository;
import org.actiontracker.plan.security.Actor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records accepted changes, as {@link ChangeEvents} describes them, as CloudEvents in the outbox
 * and as audit entries, inside the caller's transaction: the event exists exactly when the change
 * committed. The relay publishes it with the {@code sequence} of the row's position.
 */
@ApplicationScoped
public class ChangeRecorder {

    private final CloudEventCodec codec;
    private final OutboxRepository outbox;
    private final OutboxTracing tracing;

    public ChangeRecorder(ObjectMapper objectMapper, OutboxRepository outbox, OutboxTracing tracing) {
        this.codec = new CloudEventCodec(objectMapper);
        this.outbox = outbox;
        this.tracing = tracing;
    }

    /**
     * @param change what happened; {@code snapshot} is the state after it (before it, for deletes)
     */
    Uni<Void> record(Change change) {
        return recordAll(List.of(change));
    }

    /** Records several changes in order; their events keep that order per key. */
    Uni<Void> recordAll(List<Change> changes) {
        Instant now = Timestamps.now();
        // The relay publishes on its own thread, later: the request's span reaches it only through the row.
        String traceparent = tracing.currentTraceparent();
        List<OutboxEvent> events = new ArrayList<>(changes.size());
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        for (Change change : changes) {
            UUID eventId = UUID.randomUUID();
            events.add(outboxEvent(change, eventId, traceparent, now));
            entries.add(auditEntry(change, eventId, now));
        }
        return outbox.appendWithAudit(events, entries);
    }

    private OutboxEvent outboxEvent(Change change, UUID eventId, String traceparent, Instant now) {
        String resource = EventTypes.resourceOf(change.type());
        EventData<Object> data = new EventData<>(change.snapshot(), change.changes(),
                new EventData.Actor(change.actor().subject(), change.actor().name(), change.actor().organisationId()));
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, eventId.toString(), CloudEvent.SOURCE,
                change.type(), resource + "s/" + change.resourceId(), now.atOffset(ZoneOffset.UTC), CloudEvent.JSON,
                CloudEvent.dataSchemaFor(resource), change.partitionKey().toString(), null, null, null,
                codec.toJson(data));
        OutboxEvent pending = new OutboxEvent();
        pending.eventId = eventId;
        pending.topic = Topics.PLAN_EVENTS;
        pending.partitionKey = change.partitionKey().toString();
        pending.type = change.type();
        pending.payload = new String(codec.encodeStructured(event), StandardCharsets.UTF_8);
        pending.traceparent = traceparent;
        pending.createdAt = now;
        return pending;
    }

    private static AuditEntry auditEntry(Change change, UUID eventId, Instant now) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = now;
        entry.actorSubject = change.actor().subject();
        entry.actorName = change.actor().name();
        entry.organisationId = change.organisationId();
        entry.resourceType = EventTypes.resourceOf(change.type());
        entry.resourceId = change.resourceId();
        entry.eventType = change.type();
        entry.eventId = eventId;
        entry.changes = change.changes().stream()
                .map(c -> new AuditEntry.Change(c.field(), c.from(), c.to())).toList();
        return entry;
    }

    /**
     * @param type           an {@link EventTypes} constant
     * @param resourceId     the id of the resource the event is about
     * @param partitionKey   the Kafka key: action id for action and update events, plan id for plans
     * @param organisationId the organisation the change belongs to, for audit queries
     */
    record Change(String type, UUID resourceId, UUID partitionKey, UUID organisationId, Object snapshot,
                         List<EventData.FieldChange> changes, Actor actor) {
    }
}
