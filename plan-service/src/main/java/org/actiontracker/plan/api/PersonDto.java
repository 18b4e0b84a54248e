package org.actiontracker.plan.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person", description = "A named person in a role")
public record PersonDto(
        @Schema(examples = "Jane Smith") @Size(max = 200) String name,
        @Schema(examples = "Detective Chief Superintendent, Public Protection") @Size(max = 200) String role,
        @Schema(examples = "jane.smith@force.police.uk") @Email @Size(max = 320) String email) {
}
