package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "MatrixCell", description = "One organisation's action")
public record MatrixCell(UUID organisationId, UUID actionId, ActionStatus status, Rag rag, LocalDate targetDate,
                         @Schema(description = "Day (UTC) its latest progress update was recorded")
                         LocalDate latestUpdateOn,
                         @Schema(description = "Target date passed and not COMPLETE or CLOSED") boolean overdue,
                         @Schema(description = "Not COMPLETE or CLOSED, and no update (since it was created) for"
                                 + " longer than the plan's reportingIntervalDays") boolean stale) {
}
