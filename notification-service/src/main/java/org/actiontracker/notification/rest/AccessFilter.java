package org.actiontracker.notification.rest;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Authenticates, then checks whose data is addressed, before the body, the email's form or any lookup: no token
 * answers 401 and someone else's email 403 whatever else the request says. (Authentication is lazy in this
 * service, so that the public unsubscribe link never fails on a stale Authorization header.)
 */
public class AccessFilter {

    private static final Set<Class<?>> PERSONAL = Set.of(NotificationResource.class, PreferenceResource.class);

    private final CurrentIdentityAssociation identities;
    private final Caller caller;

    public AccessFilter(CurrentIdentityAssociation identities, Caller caller) {
        this.identities = identities;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> requireRecipientOrAdmin(ContainerRequestContext request, ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        if (!PERSONAL.contains(type)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (type == PreferenceResource.class) {
                caller.recipientScope(request.getUriInfo().getPathParameters().getFirst("email"), "email");
            } else {
                caller.recipientScope(request.getUriInfo().getQueryParameters().getFirst("recipient"), "recipient");
            }
        }).replaceWithVoid();
    }
}
