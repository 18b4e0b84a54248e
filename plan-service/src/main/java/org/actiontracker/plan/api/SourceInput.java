package org.actiontracker.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.actiontracker.plan.domain.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "SourceInput", description = "A report that makes recommendations")
public record SourceInput(
        @Schema(examples = "The police response to stalking") @NotBlank(groups = Complete.class) @Size(max = 500)
        String title,
        @Schema(examples = "HMICFRS, IOPC and College of Policing") @Size(max = 300) String publisher,
        @Schema(examples = "2024-09-27", description = "Deadlines the recommendations count from publication, and"
                + " a super-complaint's response deadline, are computed from it") LocalDate publishedOn,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(description = "Defaults to OTHER; plans answering a SUPER_COMPLAINT are due 56 days after publication")
        SourceKind kind) {
}
