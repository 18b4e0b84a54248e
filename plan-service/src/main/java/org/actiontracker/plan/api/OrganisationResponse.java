package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Organisation")
public record OrganisationResponse(UUID id, String code, String name, OrganisationKind kind, Instant createdAt,
                                   Instant updatedAt, long version) {
}
