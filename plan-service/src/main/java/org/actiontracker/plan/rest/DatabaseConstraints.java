package org.actiontracker.plan.rest;

import org.actiontracker.plan.service.ApiException;

import java.util.List;
import java.util.Map;

/**
 * The last line of defence when two requests race past the service's own checks: a unique or
 * foreign-key violation from PostgreSQL becomes a 409 naming the field, not a 500.
 */
final class DatabaseConstraints {

    private static final Map<String, String> FIELD_OF_CONSTRAINT = Map.of(
            "organisation_code_key", "code",
            "organisation_name_key", "name",
            "recommendation_number_key", "number",
            "plan_organisation_source_key", "sourceId");

    private DatabaseConstraints() {
    }

    static ApiException translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("duplicate key value") || message.contains("violates unique constraint")) {
                String field = FIELD_OF_CONSTRAINT.entrySet().stream().filter(e -> message.contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse("body");
                return new ApiException(409, "Conflict", "Another request created the same " + field + " first",
                        List.of(new ApiException.FieldError(field, "already used")));
            }
            if (message.contains("violates foreign key constraint")) {
                return new ApiException(409, "Conflict", "Other records still refer to this resource", List.of());
            }
        }
        return null;
    }
}
