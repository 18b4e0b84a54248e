package org.actiontracker.notification.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's view of one action, as the events have built it. */
public record TrackedAction(
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
        LocalDate staleAfter,
        boolean deleted,
        long version) {
}
