package org.actiontracker.plan.api;

import org.actiontracker.plan.domain.DeadlineRuleKind;
import org.actiontracker.plan.domain.DeadlineUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "DeadlineRule", description = "A recommendation's deadline as the report states it")
public record DeadlineRuleDto(
        DeadlineRuleKind kind,
        @Schema(description = "RELATIVE: how many units after publication", examples = "56") Integer amount,
        @Schema(description = "RELATIVE only") DeadlineUnit unit,
        @Schema(description = "FIXED only", examples = "2025-03-27") LocalDate date,
        @Schema(description = "EVENT only", examples = "in the 2024-2025 parliamentary session") String event) {
}
