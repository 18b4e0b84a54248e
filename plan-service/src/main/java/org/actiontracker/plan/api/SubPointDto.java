package org.actiontracker.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubPoint", description = "A numbered part of a recommendation, often an evidence requirement")
public record SubPointDto(@Schema(examples = "7.1") @NotBlank @Size(max = 16) String ref,
                          @Size(max = 5000) String text) {
}
