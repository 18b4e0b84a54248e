package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Recommendation")
public record RecommendationResponse(UUID id, UUID sourceId, String number, int position, String text,
                                     List<String> addressees, LocalDate deadline, List<SubPointDto> subPoints,
                                     Instant createdAt, Instant updatedAt, long version) {
}
