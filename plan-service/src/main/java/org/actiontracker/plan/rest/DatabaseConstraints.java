package org.actiontracker.plan.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FailureTranslator;
import org.actiontracker.support.problem.FieldError;
import org.hibernate.StaleStateException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last line of defence when two requests race past the service's own checks: a unique or
 * foreign-key violation from PostgreSQL becomes a 409 naming the field, and a lost optimistic
 * lock a 412 (this API's edits carry If-Match), not a 500.
 */
@ApplicationScoped
public class DatabaseConstraints implements FailureTranslator {

    private static final Map<String, String> FIELD_OF_CONSTRAINT = Map.of(
            "organisation_code_key", "code",
            "organisation_name_key", "name",
            "recommendation_number_key", "number",
            "plan_organisation_source_key", "sourceId");

    @Override
    public Optional<ApiException> translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Optional.of(new ApiException(412, "Precondition failed", "Someone else changed this resource"
                        + " at the same time: fetch it again and reapply your change",
                        List.of(new FieldError("If-Match", "stale"))));
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("duplicate key value") || message.contains("violates unique constraint")) {
                String field = FIELD_OF_CONSTRAINT.entrySet().stream().filter(e -> message.contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse("body");
                return Optional.of(new ApiException(409, "Conflict", "Another request created the same " + field
                        + " first", List.of(new FieldError(field, "already used"))));
            }
            if (message.contains("violates foreign key constraint")) {
                return Optional.of(new ApiException(409, "Conflict", "Other records still refer to this resource",
                        List.of()));
            }
        }
        return Optional.empty();
    }
}
