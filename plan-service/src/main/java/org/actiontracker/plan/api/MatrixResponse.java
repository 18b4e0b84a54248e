package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Matrix", description = "The national picture of one source: each recommendation (and sub-point)"
        + " against each organisation whose plan the caller may read")
public record MatrixResponse(UUID sourceId, String sourceTitle,
                             @Schema(description = "The day overdue and stale are judged on (UTC)") LocalDate asOf,
                             List<MatrixOrganisation> organisations, List<MatrixRecommendation> recommendations) {
}
