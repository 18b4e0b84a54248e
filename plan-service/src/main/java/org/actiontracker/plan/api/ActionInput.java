package org.actiontracker.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ActionInput", description = "One line of a plan")
public record ActionInput(
        @Schema(examples = "14", description = "Number of the recommendation of the plan's source this answers")
        @NotBlank(groups = Complete.class) @Size(max = 16) String recommendationNumber,
        @Schema(examples = "14.2", description = "Sub-point of that recommendation, if the action answers one")
        @Size(max = 16) String subPointRef,
        @Schema(description = "Order within the plan; defaults to the end") @PositiveOrZero Integer position,
        @Schema(examples = "Make sure all stalking victims are told about their rights under the victims' code")
        @NotBlank(groups = Complete.class) @Size(max = 20000) String description,
        @Valid PersonDto owner,
        @Schema(description = "Defaults to the recommendation's deadline") LocalDate targetDate,
        @Schema(description = "Canonical status (default NOT_STARTED)") ActionStatus status,
        @Schema(examples = "In Progress 25%", description = "The organisation's own status words, kept verbatim")
        @Size(max = 200) String statusLabel,
        Rag rag,
        @Min(0) @Max(100) Integer percentComplete,
        @Size(max = 50) List<@Valid DocumentDto> documents) {
}
