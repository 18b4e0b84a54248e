package org.actiontracker.plan.api;

import org.actiontracker.plan.document.ImportWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ImportResult", description = "What an import created or changed (on a dry run: would), with what"
        + " the reader could not place or had to guess")
public record ImportResult(
        boolean dryRun,
        @Schema(description = "The plan's id; null on a dry run that would create it") UUID planId,
        @Schema(description = "The format the document was read as", examples = "TEXT_EXPORT") String format,
        ImportOrganisation organisation,
        ImportPlan plan,
        ImportCounts counts,
        List<ImportAction> actions,
        List<ImportUnplacedRow> unplacedRows,
        List<ImportWarning> warnings,
        @Schema(description = "Status words no canonical status was found for; those actions are NOT_STARTED with"
                + " the words kept as their label") List<String> unmappedStatusLabels) {
}
