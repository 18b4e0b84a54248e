package org.actiontracker.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.actiontracker.plan.domain.PlanState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "PlanInput", description = "An organisation's response to a source. organisationId and sourceId"
        + " are fixed once created.")
public record PlanInput(
        @NotNull(groups = Complete.class) UUID organisationId,
        @NotNull(groups = Complete.class) UUID sourceId,
        @Schema(examples = "Humberside Police response to the police response to stalking")
        @NotBlank(groups = Complete.class) @Size(max = 300) String title,
        @Valid PersonDto executiveLead,
        @Valid PersonDto operationalLead,
        @Schema(examples = "Public Protection Governance Board") @Size(max = 300) String governanceBody,
        LocalDate reviewDate,
        @Schema(examples = "March 2026 Update") @Size(max = 100) String versionLabel,
        @Schema(description = "DRAFT (default) or PUBLISHED") PlanState state,
        @Schema(description = "Days without an update after which an action counts as stale (default 90)")
        @Min(1) @Max(3660) Integer reportingIntervalDays) {
}
