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
        @Schema(examples = "2025-03-27") LocalDate deadline,
        @Size(max = 100) List<@Valid SubPointDto> subPoints) {
}
