package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ImportUpdate", description = "A progress entry of the document. Undated entries are kept, flagged"
        + " undated, with no reportedOn; NEW ones are recorded, UNCHANGED ones were recorded by an earlier import.")
public record ImportUpdate(ImportOutcome outcome, LocalDate reportedOn,
                           @Schema(examples = "March 2025 Update") String period, String authorName,
                           @Schema(examples = "Det Supt Southbank") String authorRole, boolean undated, String text) {
}
