package org.actiontracker.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (media type application/problem+json)")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:actiontracker:problem:invalid-request")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "The fields at fault, each with the reason")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The query parameter, path parameter or body field (dotted path)", example = "asOf")
            String field,
            @Schema(description = "Why its value was refused", example = "must be a date in ISO-8601 form (yyyy-mm-dd)")
            String reason) {
    }
}
