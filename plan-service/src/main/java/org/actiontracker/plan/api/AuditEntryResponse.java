package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "AuditEntry", description = "One accepted change: who, when, what, and the id of its event")
public record AuditEntryResponse(Instant occurredAt, String actorSubject, String actorName, UUID organisationId,
                                 String resourceType, UUID resourceId, String eventType, UUID eventId,
                                 List<Change> changes) {

    public record Change(String field, String from, String to) {
    }
}
