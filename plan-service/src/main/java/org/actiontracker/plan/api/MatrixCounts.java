package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatrixCounts", description = "Organisations per state for one recommendation, judging each"
        + " organisation by all its actions on it. overdue and stale may overlap; complete and onTrack do not.")
public record MatrixCounts(
        @Schema(description = "Organisations with at least one action on it") int organisations,
        @Schema(description = "All their actions on it are COMPLETE or CLOSED") int complete,
        @Schema(description = "Not complete, and no action overdue, stale, DELAYED or RED") int onTrack,
        @Schema(description = "Some action's target date passed before it was complete") int overdue,
        @Schema(description = "Some unfinished action has had no update for longer than the plan's reporting"
                + " interval") int stale) {
}
