package org.actiontracker.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "What to scan; every field is optional")
public record ScanRequest(
        @Schema(description = "The day to compute alerts for (within notification.scan.as-of-window, one year by"
                + " default, of today); today (in the configured zone) when absent",
                example = "2025-03-01")
        LocalDate asOf,
        @Schema(description = "Only this organisation's actions, for backfilling one organisation")
        UUID organisationId,
        @Schema(description = "Preview only: report what would be sent to whom, record and send nothing")
        Boolean dryRun) {
}
