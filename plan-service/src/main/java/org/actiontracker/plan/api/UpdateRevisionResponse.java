package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "UpdateRevision", description = "An earlier text of an update, replaced by an edit")
public record UpdateRevisionResponse(UUID updateId, int revision, String period, LocalDate reportedOn,
                                     String authorName, String authorRole, String text, ActionStatus newStatus,
                                     Rag newRag, Integer newPercentComplete, Instant recordedAt, Instant replacedAt,
                                     String replacedBy) {
}
