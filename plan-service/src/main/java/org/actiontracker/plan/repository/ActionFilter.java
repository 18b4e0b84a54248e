package org.actiontracker.plan.repository;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a list of actions may be narrowed by; every part is optional.
 *
 * @param noUpdateSince actions whose latest update is older than this date, or that have none
 * @param ragMismatch   true: actions whose declared RAG differs from the computed one; false: the others
 */
public record ActionFilter(UUID planId, UUID organisationId, String ownerEmail, List<ActionStatus> statuses,
                           List<Rag> rags, String recommendationNumber, LocalDate targetBefore,
                           LocalDate targetAfter, LocalDate noUpdateSince, Boolean ragMismatch) {

    /** No narrowing: every action the caller may read. */
    public static final ActionFilter NONE = new ActionFilter(null, null, null, List.of(), List.of(), null, null, null,
            null, null);

    public ActionFilter withOwnerEmail(String email) {
        return new ActionFilter(planId, organisationId, email, statuses, rags, recommendationNumber, targetBefore,
                targetAfter, noUpdateSince, ragMismatch);
    }

    public ActionFilter withPlan(UUID plan) {
        return new ActionFilter(plan, organisationId, ownerEmail, statuses, rags, recommendationNumber, targetBefore,
                targetAfter, noUpdateSince, ragMismatch);
    }

    public ActionFilter withRecommendationNumber(String number) {
        return new ActionFilter(planId, organisationId, ownerEmail, statuses, rags, number, targetBefore, targetAfter,
                noUpdateSince, ragMismatch);
    }
}
