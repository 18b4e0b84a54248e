package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Source")
public record SourceResponse(UUID id, String title, String publisher, LocalDate publishedOn, String url, SourceKind kind,
                             Instant createdAt, Instant updatedAt, long version) {
}
