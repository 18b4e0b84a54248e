package org.actiontracker.notification.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What one scan found and what became of the digests it made. */
@Schema(description = "The alerts a scan raised and the digests it sent")
public record ScanReport(
        UUID scanId,
        @Schema(description = "The day the scan was computed for") LocalDate asOf,
        @Schema(description = "The organisation the scan was limited to; absent for all") UUID organisationId,
        @Schema(description = "New overdue alerts to owners") int overdue,
        @Schema(description = "New deadline-approaching alerts to owners") int deadlineApproaching,
        @Schema(description = "New stale-entry alerts to owners") int stale,
        @Schema(description = "Overdue alerts copied to executive leads") int escalations,
        @Schema(description = "Digests made (one per recipient due a digest)") int digests,
        DispatchSummary delivery) {
}
