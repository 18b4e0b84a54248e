package org.actiontracker.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportRequest", description = "A published plan to import, as JSON. The same can be sent as the raw"
        + " body with Content-Type text/plain, text/html, text/markdown or text/csv.")
public record ImportRequest(
        @Schema(description = "The document's text") @NotBlank String content,
        @Schema(description = "html, csv, markdown or text (tab-separated export); detected when absent",
                examples = "text") String format,
        @Schema(description = "The file's name; its extension helps detect the format", examples = "plan.csv")
        @Size(max = 300) String filename) {
}
