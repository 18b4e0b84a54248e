package org.actiontracker.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "RecommendationInput")
public record RecommendationInput(
        @Schema(examples = "7", description = "Number as published")
        @NotBlank(groups = Complete.class) @Size(max = 16) @Pattern(regexp = "[0-9A-Za-z.]+",
                message = "only letters, digits and '.'") String number,
        @Schema(description = "Order within the source; defaults to the numeric value of number")
        @PositiveOrZero Integer position,
        @NotBlank(groups = Complete.class) @Size(max = 20000) String text,
        @Schema(examples = "[\"Chief Constables\"]") @Size(max = 50) List<@NotBlank @Size(max = 200) String> addressees,
        @Schema(examples = "2025-03-27", description = "A fixed deadline; send deadlineRule instead for a rule")
        LocalDate deadline,
        @Schema(examples = "within 56 days of publication", description = "The deadline as the report states it:"
                + " a period after the source's publication (\"within six months\", \"56 days from publication\"),"
                + " a date (\"by 27 March 2025\"), an occasion without a date (\"in the 2024-2025 parliamentary"
                + " session\") or \"none\". The date is computed from the source's publication date.")
        @Size(max = 500) String deadlineRule,
        @Size(max = 100) List<@Valid SubPointDto> subPoints) {
}
