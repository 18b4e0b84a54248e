package org.actiontracker.notification.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.actiontracker.notification.domain.DigestPreview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
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
        DispatchSummary delivery,
        @Schema(description = "True when this was a preview: nothing was recorded or sent") boolean dryRun,
        @Schema(description = "A dry run's digests: what would be sent to whom; absent otherwise")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<DigestPreview> wouldSend) {
}
