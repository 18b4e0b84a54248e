package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Update", description = "A progress update; withdrawn ones stay listed with who withdrew them and when")
public record UpdateResponse(UUID id, UUID actionId, UUID planId, Instant recordedAt, String period,
                             LocalDate reportedOn, String authorName, String authorRole, String text,
                             ActionStatus newStatus, Rag newRag, Integer newPercentComplete,
                             List<DocumentDto> documents, int revision,
                             boolean withdrawn, Instant withdrawnAt, String withdrawnBy, Instant updatedAt,
                             String updatedBy, long version) {
}
