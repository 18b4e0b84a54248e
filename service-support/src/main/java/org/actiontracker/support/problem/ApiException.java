package org.actiontracker.support.problem;

import java.util.List;

/**
 * A refusal a service decides, with the HTTP status and the fields it concerns; the shared
 * exception mappers render it as an RFC 9457 problem. The factories name the common cases.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> fieldErrors;

    public ApiException(int status, String title, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not found", what + " does not exist", List.of());
    }

    public static ApiException notFound(String resource, Object id) {
        return notFound(resource + " " + id);
    }

    public static ApiException invalid(String field, String reason) {
        return new ApiException(400, "Invalid request", field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    public static ApiException unprocessable(String field, String reason) {
        return new ApiException(422, "Unprocessable content", field + ": " + reason,
                List.of(new FieldError(field, reason)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, List.of());
    }

    public static ApiException forbidden(String field, String reason) {
        return new ApiException(403, "Forbidden", field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    public static ApiException versionMismatch(long current) {
        return new ApiException(412, "Precondition failed",
                "If-Match does not match the current version " + current + ": fetch it again and reapply your change",
                List.of(new FieldError("If-Match", "stale; current ETag is \"" + current + "\"")));
    }

    public static ApiException versionRequired() {
        return new ApiException(428, "Precondition required",
                "Send If-Match with the ETag you read, so that concurrent edits are never silently overwritten",
                List.of(new FieldError("If-Match", "required")));
    }
}
