package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.api.ActionResponse;
import org.actiontracker.plan.api.Complete;
import org.actiontracker.plan.api.UpdateInput;
import org.actiontracker.plan.api.UpdateResponse;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ActionService;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.PageRequest;
import org.actiontracker.plan.service.PageResult;
import org.actiontracker.plan.service.UpdateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Lines of plans: what will be done, by whom, by when; and their progress"
        + " updates")
public class ActionResource {

    private final ActionService service;
    private final UpdateService updates;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    private final MergePatchNulls.Cleared cleared;

    public ActionResource(ActionService service, UpdateService updates, ResourceMapper mapper, CurrentActor actor,
            MergePatchNulls.Cleared cleared) {
        this.cleared = cleared;
        this.service = service;
        this.updates = updates;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listActions", summary = "List actions across plans", description = "Filter by plan, organisation, owner, status,"
            + " RAG, recommendation, target date and staleness; only what the caller may read.")
    public Uni<PageResult<ActionResponse>> list(@BeanParam ActionQuery query) {
        Actor caller = actor.get();
        return service.list(query.filter(caller), caller, query.page())
                .map(result -> result.map(action -> response(mapper, action, caller)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAction", summary = "Get an action")
    public Uni<RestResponse<ActionResponse>> get(@PathParam("id") UUID id) {
        Actor caller = actor.get();
        return service.getReadable(id, caller).map(action -> Responses.ok(response(mapper, action, caller),
                action.version));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceAction", summary = "Replace an action", description = "editor of the organisation, or admin; needs If-Match")
    public Uni<RestResponse<ActionResponse>> replace(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            ActionInput input) {
        Actor caller = actor.get();
        return service.replace(id, input, ExpectedVersion.fromIfMatch(ifMatch), caller)
                .map(action -> Responses.ok(response(mapper, action, caller), action.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "patchAction", summary = "Change some fields of an action", description = "needs If-Match; a change of status, RAG"
            + " or target date also emits its own event")
    public Uni<RestResponse<ActionResponse>> patch(@PathParam("id") UUID id,
                                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                   @Valid @NotNull(message = Responses.BODY_REQUIRED)
                                                   ActionInput input) {
        Actor caller = actor.get();
        return service.patch(id, input, cleared.fields(), ExpectedVersion.fromIfMatch(ifMatch), caller)
                .map(action -> Responses.ok(response(mapper, action, caller), action.version));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAction", summary = "Delete an action", description = "needs If-Match; refused once it has progress updates"
            + " (close it instead)")
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(id, ExpectedVersion.fromIfMatch(ifMatch), actor.get());
    }

    @GET
    @Path("/{id}/updates")
    @Operation(operationId = "listUpdates", summary = "List an action's progress updates", description = "Newest first by default; withdrawn"
            + " updates are included (marked) unless includeWithdrawn=false")
    public Uni<PageResult<UpdateResponse>> listUpdates(@PathParam("id") UUID id,
                                                       @QueryParam("includeWithdrawn") @DefaultValue("true")
                                                       boolean includeWithdrawn,
                                                       @QueryParam("page") Integer page,
                                                       @QueryParam("size") Integer size,
                                                       @QueryParam("sort") String sort) {
        Actor caller = actor.get();
        return updates.list(id, includeWithdrawn, caller,
                        PageRequest.of(page, size, sort, UpdateService.SORTABLE, "-recordedAt"))
                .map(result -> result.map(update -> UpdateResource.response(mapper, update, caller)));
    }

    @POST
    @Path("/{id}/updates")
    @Operation(operationId = "postUpdate", summary = "Post a progress update", description = "editor of the organisation, or admin. No If-Match:"
            + " concurrent updates to one action all succeed. A newStatus, newRag or newPercentComplete changes the"
            + " action in the same transaction.")
    public Uni<RestResponse<UpdateResponse>> createUpdate(
            @PathParam("id") UUID id,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            UpdateInput input, @Context UriInfo uri) {
        return updates.record(id, input, actor.get()).map(update -> Responses.created(mapper.toResponse(update),
                update.version, Responses.location(uri, "updates", update.id)));
    }

    static ActionResponse response(ResourceMapper mapper, Action action, Actor caller) {
        ActionResponse response = mapper.toResponse(action);
        return caller.isAnonymous() ? mapper.withoutEmails(response) : response;
    }
}
