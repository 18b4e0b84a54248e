package org.actiontracker.plan.web;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.security.CurrentActor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person viewing a page, as the same {@link Actor} the API builds from a bearer token: a sign-in's ID token
 * (authorization code flow) gives subject, name, organisation and groups through the claims named in
 * {@link WebConfig.Claims}; anyone else is whoever {@link CurrentActor} says.
 */
@RequestScoped
public class PageActor {

    private final SecurityIdentity identity;
    private final CurrentActor apiActor;
    private final OrganisationCodes organisationCodes;
    private final WebConfig config;
    private Uni<Actor> actor;

    public PageActor(SecurityIdentity identity, CurrentActor apiActor, OrganisationCodes organisationCodes,
                     WebConfig config) {
        this.identity = identity;
        this.apiActor = apiActor;
        this.organisationCodes = organisationCodes;
        this.config = config;
    }

    public Uni<Actor> get() {
        if (actor == null) {
            actor = fromIdentity().memoize().indefinitely();
        }
        return actor;
    }

    /** The signed-in person's e-mail address, or null. */
    public String email() {
        return signedIn() ? claim(config.claims().email()) : null;
    }

    public boolean signedIn() {
        return !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) != null;
    }

    private Uni<Actor> fromIdentity() {
        if (!signedIn() || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().item(apiActor.get());
        }
        String subject = identity.getPrincipal().getName();
        String name = claim(config.claims().name());
        return organisationCodes.resolve(claim(config.claims().organisation()))
                .map(organisation -> new Actor(subject, name == null ? subject : name,
                        claim(config.claims().email()), organisation.orElse(null), identity.getRoles()));
    }

    private String claim(String claimName) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token.claim(claimName).map(Object::toString).orElse(null);
        }
        return null;
    }
}
