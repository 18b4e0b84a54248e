package org.actiontracker.notification.rest;

import java.util.List;

/** A 4xx response to give as a problem detail. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException invalidField(String field, String reason) {
        return new ProblemException(400, ProblemTypes.INVALID_REQUEST, "Invalid request", field + " " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found", what + " does not exist", List.of());
    }

    public static ProblemException forbidden(String field, String reason) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", field + " " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
