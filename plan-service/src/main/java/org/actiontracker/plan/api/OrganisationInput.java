package org.actiontracker.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.actiontracker.plan.domain.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationInput", description = "A police force or other body")
public record OrganisationInput(
        @Schema(examples = "HUMBERSIDE", description = "Short unique code")
        @NotBlank(groups = Complete.class) @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+",
                message = "only letters, digits, '-' and '_'") String code,
        @Schema(examples = "Humberside Police") @NotBlank(groups = Complete.class) @Size(max = 200) String name,
        @NotNull(groups = Complete.class) OrganisationKind kind) {
}
