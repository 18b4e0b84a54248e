package org.actiontracker.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem details body, with an {@code errors} extension listing each offending field
 * and the reason. Both services name their problem types with one scheme: {@link #TYPE_BASE} and
 * the title as a slug.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(description = "URI naming the kind of problem", examples = "https://actiontracker.org/problems/invalid-request")
        String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", examples = "owner.email: must be a well-formed email address")
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/actions/0b6c1e0a-2f7d-4c57-9a1e-1f4a6f5f8d2e")
        String instance,
        @Schema(description = "The fields at fault, each with the reason")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://actiontracker.org/problems/";

    public static Problem of(int status, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem(typeOf(title), title, status, detail, instance, errors);
    }

    /** "Precondition failed" is {@code https://actiontracker.org/problems/precondition-failed}. */
    public static String typeOf(String title) {
        return TYPE_BASE + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
