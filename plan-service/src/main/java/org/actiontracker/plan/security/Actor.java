package org.actiontracker.plan.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is making a request, from the verified bearer token; {@link #ANONYMOUS} without one.
 *
 * @param subject        the token subject, recorded on every change
 * @param name           display name, the author of updates
 * @param email          the caller's own e-mail address (claim {@code email}), null when the token has none
 * @param organisationId the organisation the token belongs to (claim {@code org})
 * @param roles          the token's groups
 */
public record Actor(String subject, String name, String email, UUID organisationId, Set<String> roles) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null, Set.of());
    public static final Actor SYSTEM = new Actor("system", "system", null, null, Set.of(Roles.ADMIN));

    public boolean isAnonymous() {
        return this == ANONYMOUS;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean readsEverything() {
        return has(Roles.ADMIN) || has(Roles.NATIONAL);
    }

    /** Drafts and owner emails of this organisation are visible to the actor. */
    public boolean readsOrganisation(UUID organisation) {
        return readsEverything()
                || (organisation != null && organisation.equals(organisationId)
                && (has(Roles.VIEWER) || has(Roles.EDITOR)));
    }

    /** Whether the token names this e-mail address as the caller's own (addresses compare case-insensitively). */
    public boolean isOwnEmail(String address) {
        return email != null && address != null && email.strip().equalsIgnoreCase(address.strip());
    }

    public boolean writesOrganisation(UUID organisation) {
        return has(Roles.ADMIN) || (has(Roles.EDITOR) && organisation != null && organisation.equals(organisationId));
    }
}
