package org.actiontracker.plan.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.UUID;

/** The request's {@link Actor}, read once from the verified token. */
@RequestScoped
public class CurrentActor {

    static final String ORGANISATION_CLAIM = "org";
    static final String EMAIL_CLAIM = "email";

    private final SecurityIdentity identity;
    private Actor actor;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        if (actor == null) {
            actor = fromIdentity();
        }
        return actor;
    }

    private Actor fromIdentity() {
        if (identity.isAnonymous()) {
            return Actor.ANONYMOUS;
        }
        Principal principal = identity.getPrincipal();
        UUID organisation = null;
        String name = principal.getName();
        String email = null;
        if (principal instanceof JsonWebToken token) {
            name = token.claim("name").map(Object::toString).orElse(principal.getName());
            email = token.claim(EMAIL_CLAIM).map(Object::toString).orElse(null);
            organisation = token.claim(ORGANISATION_CLAIM).map(Object::toString).map(CurrentActor::parseUuid)
                    .orElse(null);
        }
        return new Actor(principal.getName(), name, email, organisation, identity.getRoles());
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            // A token naming no valid organisation simply belongs to none.
            return null;
        }
    }
}
