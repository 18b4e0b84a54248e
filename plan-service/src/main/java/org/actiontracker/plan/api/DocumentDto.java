package org.actiontracker.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportingDocument")
public record DocumentDto(@Schema(examples = "Stalking problem profile 2025") @NotBlank @Size(max = 300) String title,
                          @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
                          String url) {
}
