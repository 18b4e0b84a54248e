package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Action")
public record ActionResponse(UUID id, UUID planId, UUID organisationId, UUID recommendationId,
                             String recommendationNumber, String subPointRef, int position, String description,
                             PersonDto owner, LocalDate targetDate, ActionStatus status, String statusLabel, Rag rag,
                             Integer percentComplete, List<DocumentDto> documents,
                             @Schema(description = "When its latest progress update was recorded")
                             Instant latestUpdateAt,
                             @Schema(description = "The RAG the action's own facts give today (target date, status,"
                                     + " percent complete, latest update against the plan's reporting interval);"
                                     + " absent for COMPLETE and CLOSED actions, which are not rated")
                             Rag computedRag,
                             @Schema(description = "A RAG is declared and differs from computedRag")
                             boolean ragMismatch,
                             Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
}
