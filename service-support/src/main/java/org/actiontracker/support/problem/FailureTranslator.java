package org.actiontracker.support.problem;

import java.util.Optional;

/**
 * A service's own reading of a failure the shared mappers cannot know (a database constraint, a
 * concurrent edit): a CDI bean implementing it turns such a failure into the problem it means.
 */
public interface FailureTranslator {

    Optional<ApiException> translate(Throwable failure);
}
