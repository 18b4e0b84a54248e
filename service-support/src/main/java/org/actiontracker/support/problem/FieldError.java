package org.actiontracker.support.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field (JSON path such as {@code owner.email}, a query or path parameter, or a header) and why it was refused. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(description = "The body field (dotted path), query or path parameter, or header", examples = "owner.email")
        String field,
        @Schema(description = "Why its value was refused", examples = "must be a well-formed email address")
        String reason) {
}
