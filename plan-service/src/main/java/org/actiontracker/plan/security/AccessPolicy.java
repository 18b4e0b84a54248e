package org.actiontracker.plan.security;


import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;

import java.util.List;
import java.util.UUID;

/**
 * The authorisation rules, enforced in the service layer so that every path (REST, import) obeys
 * them: anonymous callers read published plans only; viewers read their organisation; editors
 * also write it; national reads everything; admin manages reference data and everything else.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static void requireAdmin(Actor actor) {
        requireAuthenticated(actor);
        if (!actor.has(Roles.ADMIN)) {
            throw ApiException.forbidden("Only an admin may change organisations, sources and recommendations");
        }
    }

    public static void requireWrite(Actor actor, UUID organisationId) {
        requireAuthenticated(actor);
        if (!actor.writesOrganisation(organisationId)) {
            throw ApiException.forbidden("You may change only your own organisation's plans (as editor)");
        }
    }

    /** @param published whether the plan the resource belongs to is published */
    public static void requireRead(Actor actor, UUID organisationId, boolean published) {
        if (published || actor.readsOrganisation(organisationId)) {
            return;
        }
        requireAuthenticated(actor);
        throw ApiException.forbidden("This plan is a draft of another organisation");
    }

    public static void requireAuthenticated(Actor actor) {
        if (actor.isAnonymous()) {
            throw new ApiException(401, "Unauthorized", "Send a bearer token", List.of(
                    new FieldError("Authorization", "missing, expired or not signed by a trusted issuer")));
        }
    }
}
