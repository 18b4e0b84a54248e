package org.actiontracker.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "What this service knows of an action, as built from plan events")
public record TrackedActionView(
        UUID id,
        UUID planId,
        UUID organisationId,
        String organisationName,
        String recommendationNumber,
        String subPointRef,
        String description,
        String ownerName,
        String ownerEmail,
        String executiveLeadEmail,
        LocalDate targetDate,
        String status,
        OffsetDateTime latestUpdateAt,
        int reportingIntervalDays,
        @Schema(description = "The last day it counts as up to date") LocalDate staleAfter,
        boolean deleted,
        @Schema(description = "The version of the latest snapshot applied") long version) {
}
