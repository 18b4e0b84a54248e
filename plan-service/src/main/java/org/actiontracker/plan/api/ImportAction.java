package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImportAction", description = "One action of the document as it is after the import; id is null on"
        + " a dry run that would create it. changes names the fields an existing action takes from the document.")
public record ImportAction(UUID id, ImportOutcome outcome, String recommendationNumber, String subPointRef,
                           String description, PersonDto owner,
                           @Schema(description = "The document's own status words, verbatim") String statusLabel,
                           @Schema(description = "Canonical status; NOT_STARTED when the words are not understood")
                           ActionStatus status, Rag rag, Integer percentComplete, LocalDate targetDate,
                           List<DocumentDto> documents, List<String> changes, List<ImportUpdate> updates) {
}
