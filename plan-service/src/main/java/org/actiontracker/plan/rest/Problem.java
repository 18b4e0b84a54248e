package org.actiontracker.plan.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.actiontracker.plan.service.ApiException.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem details body, with an {@code errors} extension listing each offending field
 * (a JSON path such as {@code owner.email}, a query parameter or a header) and the reason.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(examples = "https://actiontracker.org/problems/invalid-request") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "owner.email: must be a well-formed email address") String detail,
        @Schema(examples = "/api/v1/actions/0b6c1e0a-2f7d-4c57-9a1e-1f4a6f5f8d2e") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://actiontracker.org/problems/";

    public static Problem of(int status, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), title, status, detail,
                instance, errors);
    }
}
