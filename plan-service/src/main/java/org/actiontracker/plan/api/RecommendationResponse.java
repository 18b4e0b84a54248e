package org.actiontracker.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Recommendation")
public record RecommendationResponse(UUID id, UUID sourceId, String number, int position, String text,
                                     List<String> addressees,
                                     @Schema(description = "Same as dueOn, for existing clients") LocalDate deadline,
                                     @Schema(examples = "within 56 days of publication") String deadlineRule,
                                     DeadlineRuleDto deadlineRuleDetail,
                                     @Schema(description = "The date the rule gives for the source's publication date")
                                     LocalDate dueOn,
                                     @Schema(examples = "56 days after publication on 2024-09-27") String derivation,
                                     List<SubPointDto> subPoints,
                                     Instant createdAt, Instant updatedAt, long version) {
}
