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
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.api.Complete;
import org.actiontracker.plan.api.RecommendationInput;
import org.actiontracker.plan.api.RecommendationResponse;
import org.actiontracker.plan.api.SourceInput;
import org.actiontracker.plan.api.SourceResponse;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.PageRequest;
import org.actiontracker.plan.service.PageResult;
import org.actiontracker.plan.service.RecommendationService;
import org.actiontracker.plan.service.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Reports that make recommendations")
public class SourceResource {

    private final SourceService service;
    private final RecommendationService recommendations;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    private final MergePatchNulls.Cleared cleared;

    public SourceResource(SourceService service, RecommendationService recommendations, ResourceMapper mapper,
                          CurrentActor actor,
            MergePatchNulls.Cleared cleared) {
        this.cleared = cleared;
        this.service = service;
        this.recommendations = recommendations;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources", description = "Public. Sort by title, publishedOn or publisher.")
    public Uni<PageResult<SourceResponse>> list(@QueryParam("title") String titleContains,
                                                @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                                @QueryParam("sort") String sort) {
        return service.list(titleContains, PageRequest.of(page, size, sort, SourceService.SORTABLE, "-publishedOn"))
                .map(result -> result.map(mapper::toResponse));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get a source")
    public Uni<RestResponse<SourceResponse>> get(@PathParam("id") UUID id) {
        return service.get(id).map(source -> Responses.ok(mapper.toResponse(source), source.version));
    }

    @POST
    @Operation(operationId = "createSource", summary = "Create a source", description = "admin only")
    public Uni<RestResponse<SourceResponse>> create(
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            SourceInput input, @Context UriInfo uri) {
        return service.create(input, actor.get()).map(source -> Responses.created(mapper.toResponse(source),
                source.version, Responses.location(uri, "sources", source.id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceSource", summary = "Replace a source", description = "admin only; needs If-Match")
    public Uni<RestResponse<SourceResponse>> replace(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            SourceInput input) {
        return service.replace(id, input, ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(source -> Responses.ok(mapper.toResponse(source), source.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "patchSource", summary = "Change some fields of a source", description = "admin only; needs If-Match")
    public Uni<RestResponse<SourceResponse>> patch(@PathParam("id") UUID id,
                                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                   @Valid @NotNull(message = Responses.BODY_REQUIRED)
                                                   SourceInput input) {
        return service.patch(id, input, cleared.fields(), ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(source -> Responses.ok(mapper.toResponse(source), source.version));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSource", summary = "Delete a source", description = "admin only; needs If-Match; refused while it has"
            + " recommendations or plans")
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(id, ExpectedVersion.fromIfMatch(ifMatch), actor.get());
    }

    @GET
    @Path("/{id}/recommendations")
    @Operation(operationId = "listRecommendations", summary = "List a source's recommendations", description = "Public. In published order by default;"
            + " filter by addressee (case-insensitive substring, e.g. 'chief constables').")
    public Uni<PageResult<RecommendationResponse>> listRecommendations(
            @PathParam("id") UUID id, @QueryParam("addressee") String addressee, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return recommendations.list(id, addressee,
                        PageRequest.of(page, size, sort, RecommendationService.SORTABLE, "position"))
                .map(result -> result.map(mapper::toResponse));
    }

    @POST
    @Path("/{id}/recommendations")
    @Operation(operationId = "createRecommendation", summary = "Add a recommendation to a source", description = "admin only")
    public Uni<RestResponse<RecommendationResponse>> createRecommendation(
            @PathParam("id") UUID id,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            RecommendationInput input, @Context UriInfo uri) {
        return recommendations.create(id, input, actor.get()).map(recommendation -> Responses.created(
                mapper.toResponse(recommendation), recommendation.version,
                Responses.location(uri, "recommendations", recommendation.id)));
    }
}
