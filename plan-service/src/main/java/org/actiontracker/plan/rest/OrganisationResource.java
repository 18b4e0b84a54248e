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
import org.actiontracker.plan.api.Complete;
import org.actiontracker.plan.api.OrganisationInput;
import org.actiontracker.plan.api.OrganisationResponse;
import org.actiontracker.plan.domain.OrganisationKind;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.OrganisationService;
import org.actiontracker.plan.service.PageRequest;
import org.actiontracker.plan.service.PageResult;
import org.actiontracker.support.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Police forces and other bodies that own plans")
public class OrganisationResource {

    private final OrganisationService service;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    private final MergePatchNulls.Cleared cleared;

    public OrganisationResource(OrganisationService service, ResourceMapper mapper, CurrentActor actor,
            MergePatchNulls.Cleared cleared) {
        this.cleared = cleared;
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "Public. Sort by name, code or kind; prefix - for"
            + " descending.")
    public Uni<PageResult<OrganisationResponse>> list(@QueryParam("kind") String kind,
                                                      @QueryParam("page") Integer page,
                                                      @QueryParam("size") Integer size,
                                                      @QueryParam("sort") String sort) {
        return service.list(Params.enumValue("kind", kind, OrganisationKind.class), PageRequest.of(page, size, sort, OrganisationService.SORTABLE, "name"))
                .map(result -> result.map(mapper::toResponse));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "Get an organisation")
    public Uni<RestResponse<OrganisationResponse>> get(@PathParam("id") UUID id) {
        return service.get(id).map(organisation -> Responses.ok(mapper.toResponse(organisation),
                organisation.version));
    }

    @POST
    @Operation(operationId = "createOrganisation", summary = "Create an organisation", description = "admin only")
    public Uni<RestResponse<OrganisationResponse>> create(
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED) OrganisationInput input,
            @Context UriInfo uri) {
        return service.create(input, actor.get()).map(organisation -> Responses.created(
                mapper.toResponse(organisation), organisation.version,
                Responses.location(uri, "organisations", organisation.id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceOrganisation", summary = "Replace an organisation", description = "admin only; needs If-Match")
    public Uni<RestResponse<OrganisationResponse>> replace(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED) OrganisationInput input) {
        return service.replace(id, input, ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(organisation -> Responses.ok(mapper.toResponse(organisation), organisation.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "patchOrganisation", summary = "Change some fields of an organisation", description = "admin only; needs If-Match;"
            + " absent or null fields stay as they are")
    public Uni<RestResponse<OrganisationResponse>> patch(@PathParam("id") UUID id,
                                                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                         @Valid @NotNull(message = Responses.BODY_REQUIRED) OrganisationInput input) {
        return service.patch(id, input, cleared.fields(), ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(organisation -> Responses.ok(mapper.toResponse(organisation), organisation.version));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOrganisation", summary = "Delete an organisation", description = "admin only; needs If-Match; refused while it has"
            + " plans")
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(id, ExpectedVersion.fromIfMatch(ifMatch), actor.get());
    }
}
