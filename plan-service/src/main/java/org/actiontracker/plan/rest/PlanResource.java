package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.api.ActionResponse;
import org.actiontracker.plan.api.Complete;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.api.PlanResponse;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ActionService;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.PageRequest;
import org.actiontracker.plan.service.PageResult;
import org.actiontracker.plan.service.PlanService;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Organisations' responses to sources, and their actions")
public class PlanResource {

    private final PlanService service;
    private final ActionService actions;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    private final MergePatchNulls.Cleared cleared;

    public PlanResource(PlanService service, ActionService actions, ResourceMapper mapper, CurrentActor actor,
            MergePatchNulls.Cleared cleared) {
        this.cleared = cleared;
        this.service = service;
        this.actions = actions;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listPlans", summary = "List plans", description = "Anonymous callers see published plans; viewers and editors"
            + " also their organisation's drafts; national and admin everything.")
    public Uni<PageResult<PlanResponse>> list(@QueryParam("organisationId") UUID organisationId,
                                              @QueryParam("sourceId") UUID sourceId,
                                              @QueryParam("state") String state,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                              @QueryParam("sort") String sort) {
        Actor caller = actor.get();
        return service.list(organisationId, sourceId, Params.enumValue("state", state, PlanState.class), caller,
                        PageRequest.of(page, size, sort, PlanService.SORTABLE, "title"))
                .map(result -> result.map(plan -> response(plan, caller)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "Get a plan")
    public Uni<RestResponse<PlanResponse>> get(@PathParam("id") UUID id) {
        Actor caller = actor.get();
        return service.getReadable(id, caller).map(plan -> Responses.ok(response(plan, caller), plan.version));
    }

    @POST
    @Operation(operationId = "createPlan", summary = "Create a plan", description = "editor of the organisation, or admin")
    public Uni<RestResponse<PlanResponse>> create(
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            PlanInput input, @Context UriInfo uri) {
        Actor caller = actor.get();
        return service.create(input, caller).map(plan -> Responses.created(response(plan, caller), plan.version,
                Responses.location(uri, "plans", plan.id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replacePlan", summary = "Replace a plan", description = "editor of the organisation, or admin; needs If-Match")
    public Uni<RestResponse<PlanResponse>> replace(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            PlanInput input) {
        Actor caller = actor.get();
        return service.replace(id, input, ExpectedVersion.fromIfMatch(ifMatch), caller)
                .map(plan -> Responses.ok(response(plan, caller), plan.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "patchPlan", summary = "Change some fields of a plan", description = "Publish with {\"state\":\"PUBLISHED\"};"
            + " needs If-Match")
    public Uni<RestResponse<PlanResponse>> patch(@PathParam("id") UUID id,
                                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                 @Valid @NotNull(message = Responses.BODY_REQUIRED) PlanInput input) {
        Actor caller = actor.get();
        return service.patch(id, input, cleared.fields(), ExpectedVersion.fromIfMatch(ifMatch), caller)
                .map(plan -> Responses.ok(response(plan, caller), plan.version));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePlan", summary = "Delete a plan", description = "needs If-Match; refused while it has actions")
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(id, ExpectedVersion.fromIfMatch(ifMatch), actor.get());
    }

    @GET
    @Path("/{id}/actions")
    @Operation(operationId = "listPlanActions", summary = "List a plan's actions", description = "In plan order by default; takes the filters of"
            + " GET /actions")
    public Uni<PageResult<ActionResponse>> listActions(@PathParam("id") UUID id, @BeanParam ActionQuery query) {
        Actor caller = actor.get();
        if (query.planId != null) {
            throw ApiException.invalid("planId", "is given by the path");
        }
        return service.getReadable(id, caller)
                .chain(plan -> actions.list(query.filter(caller).withPlan(id), caller, query.page()))
                .map(result -> result.map(action -> ActionResource.response(mapper, action, caller)));
    }

    @POST
    @Path("/{id}/actions")
    @Operation(operationId = "createAction", summary = "Add an action to a plan", description = "editor of the organisation, or admin. The target"
            + " date defaults to the recommendation's deadline.")
    public Uni<RestResponse<ActionResponse>> createAction(
            @PathParam("id") UUID id,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            ActionInput input, @Context UriInfo uri) {
        Actor caller = actor.get();
        return actions.create(id, input, caller).map((Action action) -> Responses.created(
                ActionResource.response(mapper, action, caller), action.version,
                Responses.location(uri, "actions", action.id)));
    }

    private PlanResponse response(Plan plan, Actor caller) {
        PlanResponse response = mapper.toResponse(plan);
        return caller.isAnonymous() ? mapper.withoutEmails(response) : response;
    }
}
