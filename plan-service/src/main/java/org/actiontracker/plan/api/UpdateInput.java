package org.actiontracker.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "UpdateInput", description = "A progress update. The author is the authenticated user; a status, RAG"
        + " or percent given here changes the action in the same transaction.")
public record UpdateInput(
        @Schema(examples = "March 2025 Update", description = "The period it reports on, as you word it")
        @Size(max = 100) String period,
        @Schema(examples = "2025-03-27", description = "The date it reports on") LocalDate reportedOn,
        @Schema(examples = "DCI Safeguarding Governance", description = "The author's role")
        @Size(max = 200) String authorRole,
        @NotBlank(groups = Complete.class) @Size(max = 20000) String text,
        ActionStatus newStatus,
        @Schema(examples = "In Progress 50%") @Size(max = 200) String newStatusLabel,
        Rag newRag,
        @Min(0) @Max(100) Integer newPercentComplete,
        @Schema(description = "Evidence the update cites; replaces what a revised update cited")
        @Valid @Size(max = 20) List<DocumentDto> documents) {
}
