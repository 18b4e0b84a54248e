package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.api.Complete;
import org.actiontracker.plan.api.UpdateInput;
import org.actiontracker.plan.api.UpdateResponse;
import org.actiontracker.plan.api.UpdateRevisionResponse;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.UpdateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/updates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Updates", description = "Progress updates; post them under /actions/{id}/updates. Edits keep every"
        + " earlier revision; deletes withdraw.")
public class UpdateResource {

    private final UpdateService service;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    public UpdateResource(UpdateService service, ResourceMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUpdate", summary = "Get a progress update")
    public Uni<RestResponse<UpdateResponse>> get(@PathParam("id") UUID id) {
        Actor caller = actor.get();
        return service.getReadable(id, caller).map(update -> Responses.ok(response(mapper, update, caller),
                update.version));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "reviseUpdate", summary = "Edit a progress update", description = "needs If-Match; the text it replaces stays"
            + " listed under /revisions. An edit corrects the record; it does not change the action again.")
    public Uni<RestResponse<UpdateResponse>> revise(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            UpdateInput input) {
        return service.revise(id, input, ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(update -> Responses.ok(mapper.toResponse(update), update.version));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "withdrawUpdate", summary = "Withdraw a progress update", description = "needs If-Match; it stays listed as withdrawn,"
            + " with who withdrew it and when")
    public Uni<RestResponse<UpdateResponse>> withdraw(@PathParam("id") UUID id,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.withdraw(id, ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(update -> Responses.ok(mapper.toResponse(update), update.version));
    }

    /** The public sees that an update was withdrawn and when; its organisation's readers also what it said. */
    static UpdateResponse response(ResourceMapper mapper, ActionUpdate update, Actor caller) {
        UpdateResponse response = mapper.toResponse(update);
        return caller.readsOrganisation(update.organisationId) ? response : mapper.withoutWithdrawnContent(response);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listUpdateRevisions", summary = "Earlier texts of a progress update", description = "Oldest first")
    public Uni<List<UpdateRevisionResponse>> revisions(@PathParam("id") UUID id) {
        return service.revisions(id, actor.get()).map(list -> list.stream().map(mapper::toResponse).toList());
    }
}
