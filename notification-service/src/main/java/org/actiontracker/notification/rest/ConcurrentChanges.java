package org.actiontracker.notification.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FailureTranslator;
import org.hibernate.StaleObjectStateException;

import java.util.Optional;

/** A setting changed by two requests at once is a 409 to read again and retry (this API takes no If-Match). */
@ApplicationScoped
public class ConcurrentChanges implements FailureTranslator {

    @Override
    public Optional<ApiException> translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return Optional.of(ApiException.conflict("Changed by someone else at the same time; read it again"
                        + " and retry"));
            }
        }
        return Optional.empty();
    }
}
