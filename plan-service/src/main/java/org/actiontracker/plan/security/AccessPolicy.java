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
        requireAdmin(actor, "Only an admin may change organisations, sources and recommendations");
    }

    /** @param refusal why a signed-in caller without the admin role is refused */
    public static void requireAdmin(Actor actor, String refusal) {
        requireAuthenticated(actor);
        if (!actor.has(Roles.ADMIN)) {
            throw ApiException.forbidden(refusal);
        }
    }

    public static void requireWrite(Actor actor, UUID organisationId) {
        requireWriteRole(actor);
        if (!actor.writesOrganisation(organisationId)) {
            throw ApiException.forbidden("You are an editor of another organisation: an editor changes only the"
                    + " plans of the organisation named in their token");
        }
    }

    /** The check that needs no lookup: the caller holds a role that changes plans at all. */
    public static void requireWriteRole(Actor actor) {
        requireAuthenticated(actor);
        if (actor.has(Roles.ADMIN) || actor.has(Roles.EDITOR)) {
            return;
        }
        if (actor.has(Roles.NATIONAL)) {
            throw ApiException.forbidden("The national role reads every plan and changes none; changes need the"
                    + " editor role of the plan's organisation");
        }
        if (actor.has(Roles.VIEWER)) {
            throw ApiException.forbidden("A viewer reads their organisation's plans and changes none; changes need the"
                    + " editor role");
        }
        throw ApiException.forbidden("Your token carries no role that changes plans (editor or admin)");
    }

    /** Earlier texts of updates: only for signed-in readers of the organisation, national and admin. */
    public static void requireOrganisationReader(Actor actor, UUID organisationId) {
        requireAuthenticated(actor);
        if (!actor.readsOrganisation(organisationId)) {
            throw ApiException.forbidden("Earlier revisions are shown only to the organisation's viewers and editors,"
                    + " national and admin");
        }
    }

    /** @param published whether the plan the resource belongs to is published */
    public static void requireRead(Actor actor, UUID organisationId, boolean published) {
        if (published || actor.readsOrganisation(organisationId)) {
            return;
        }
        requireAuthenticated(actor);
        throw ApiException.forbidden("This plan is a draft of another organisation: drafts are shown to their"
                + " organisation's viewers and editors, national and admin");
    }

    /** A calendar feed of an organisation's plans: for its viewers and editors, national and admin. */
    public static void requireOrganisationFeed(Actor actor, UUID organisationId) {
        requireAuthenticated(actor);
        if (!actor.readsOrganisation(organisationId)) {
            throw ApiException.forbidden("organisationId", "a viewer or editor creates feeds of their own"
                    + " organisation only; national and admin of any");
        }
    }

    /** A calendar feed of the actions an address owns: for its owner (the token's e-mail), national and admin. */
    public static void requireOwnerFeed(Actor actor, String ownerEmail) {
        requireAuthenticated(actor);
        boolean ownAddress = (actor.has(Roles.VIEWER) || actor.has(Roles.EDITOR)) && actor.isOwnEmail(ownerEmail);
        if (!actor.readsEverything() && !ownAddress) {
            throw ApiException.forbidden("ownerEmail", "a viewer or editor creates a feed of their own e-mail"
                    + " address only (the email claim of their token); national and admin of any");
        }
    }

    /**
     * Revoking a feed: its creator and admins. A feed that does not exist gets the same refusal as someone else's,
     * so that nobody but an admin learns which feed ids exist.
     *
     * @param creator the subject who created the feed, null when no feed has the id
     */
    public static void requireFeedCreator(Actor actor, String creator) {
        requireAuthenticated(actor);
        if (!actor.has(Roles.ADMIN) && !actor.subject().equals(creator)) {
            throw ApiException.forbidden("A calendar feed is revoked by the person who created it, or an admin");
        }
    }

    public static void requireAuthenticated(Actor actor) {
        if (actor.isAnonymous()) {
            throw new ApiException(401, "Unauthorized", "Send a bearer token", List.of(
                    new FieldError("Authorization", "missing, expired or not signed by a trusted issuer")));
        }
    }
}
