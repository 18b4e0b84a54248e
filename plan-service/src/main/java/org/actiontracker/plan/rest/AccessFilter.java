package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.actiontracker.plan.events.stream.EventStreamResource;
import org.actiontracker.plan.repository.ActionRepository;
import org.actiontracker.plan.repository.ActionUpdateRepository;
import org.actiontracker.plan.repository.CalendarFeedRepository;
import org.actiontracker.plan.repository.PlanRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.rest.Params;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Authenticates and authorises a request before its body, headers, query or ids are looked at, so that a caller
 * who may not do something learns nothing else: no token answers 401 and a token without the right 403, whatever
 * the body, If-Match or id. The role check needs no lookup and runs first; the organisation that owns the
 * addressed plan, action or update is looked up next, once the id is known to be well-formed
 * ({@link ParameterTypesFilter} runs in between). Services check the same rules again for every other path.
 */
public class AccessFilter {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<Class<?>> REFERENCE_DATA = Set.of(OrganisationResource.class, SourceResource.class,
            RecommendationResource.class);
    private static final Set<Class<?>> PLAN_DATA = Set.of(PlanResource.class, ActionResource.class,
            UpdateResource.class, ImportResource.class);
    private static final String REVISIONS = "/revisions";

    private final CurrentActor actor;
    private final PlanRepository plans;
    private final ActionRepository actions;
    private final ActionUpdateRepository updates;
    private final CalendarFeedRepository feeds;

    public AccessFilter(CurrentActor actor, PlanRepository plans, ActionRepository actions,
                        ActionUpdateRepository updates, CalendarFeedRepository feeds) {
        this.actor = actor;
        this.plans = plans;
        this.actions = actions;
        this.updates = updates;
        this.feeds = feeds;
    }

    /**
     * Before the request is matched to a resource: matching judges the Content-Type (415) and the path (404, 405),
     * which an anonymous write must not learn. Every write under /api needs a token.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public void requireTokenForWrites(ContainerRequestContext request) {
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getUriInfo().getPath().startsWith("/api/")) {
            AccessPolicy.requireAuthenticated(actor.get());
        }
    }

    /** What the caller's token alone decides. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void requireRole(ContainerRequestContext request, ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        Actor caller = actor.get();
        boolean write = !SAFE_METHODS.contains(request.getMethod());
        if (write && REFERENCE_DATA.contains(type)) {
            AccessPolicy.requireAdmin(caller);
        } else if (write && PLAN_DATA.contains(type)) {
            AccessPolicy.requireWriteRole(caller);
        } else if (type == AuditResource.class) {
            AccessPolicy.requireAdmin(caller, "The audit trail is shown to admins only");
        } else if (type == EventStreamResource.class && !request.getUriInfo().getPath().endsWith(".yaml")) {
            AccessPolicy.requireAuthenticated(caller);
        } else if (isRevisions(request, type) || type == CalendarFeedResource.class) {
            AccessPolicy.requireAuthenticated(caller);
        }
    }

    /**
     * What needs the owner of the addressed resource: writes to it, the earlier texts of an update, and anything
     * about a calendar feed (its creator's alone).
     */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 20)
    public Uni<Void> requireOwnership(ContainerRequestContext request, ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        String rawId = request.getUriInfo().getPathParameters().getFirst("id");
        boolean write = !SAFE_METHODS.contains(request.getMethod());
        boolean revisions = isRevisions(request, type);
        boolean feed = type == CalendarFeedResource.class;
        if (rawId == null || !(write || revisions || feed)) {
            return Uni.createFrom().voidItem();
        }
        UUID id = Params.uuid("id", rawId);
        Actor caller = actor.get();
        if (feed) {
            return feeds.creatorOf(id).invoke(creator -> AccessPolicy.requireFeedCreator(caller, creator))
                    .replaceWithVoid();
        }
        if (type == PlanResource.class) {
            return owner(plans::organisationOf, "Plan", id)
                    .invoke(organisation -> AccessPolicy.requireWrite(caller, organisation)).replaceWithVoid();
        }
        if (type == ActionResource.class) {
            return owner(actions::organisationOf, "Action", id)
                    .invoke(organisation -> AccessPolicy.requireWrite(caller, organisation)).replaceWithVoid();
        }
        if (type == UpdateResource.class) {
            return owner(updates::organisationOf, "Update", id)
                    .invoke(organisation -> {
                        if (revisions) {
                            AccessPolicy.requireOrganisationReader(caller, organisation);
                        } else {
                            AccessPolicy.requireWrite(caller, organisation);
                        }
                    }).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<UUID> owner(Function<UUID, Uni<UUID>> lookup, String kind, UUID id) {
        return lookup.apply(id).onItem().ifNull().failWith(() -> ApiException.notFound(kind, id));
    }

    private static boolean isRevisions(ContainerRequestContext request, Class<?> type) {
        return type == UpdateResource.class && request.getUriInfo().getPath().endsWith(REVISIONS);
    }
}
