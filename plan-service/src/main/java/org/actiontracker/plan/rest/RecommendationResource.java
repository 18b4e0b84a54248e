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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.api.Complete;
import org.actiontracker.plan.api.RecommendationInput;
import org.actiontracker.plan.api.RecommendationResponse;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.RecommendationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "What a source asks organisations to do; list and create them under"
        + " /sources/{id}/recommendations")
public class RecommendationResource {

    private final RecommendationService service;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    private final MergePatchNulls.Cleared cleared;

    public RecommendationResource(RecommendationService service, ResourceMapper mapper, CurrentActor actor,
            MergePatchNulls.Cleared cleared) {
        this.cleared = cleared;
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "Get a recommendation")
    public Uni<RestResponse<RecommendationResponse>> get(@PathParam("id") UUID id) {
        return service.get(id).map(recommendation -> Responses.ok(mapper.toResponse(recommendation),
                recommendation.version));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceRecommendation", summary = "Replace a recommendation", description = "admin only; needs If-Match")
    public Uni<RestResponse<RecommendationResponse>> replace(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @ConvertGroup(from = Default.class, to = Complete.class) @NotNull(message = Responses.BODY_REQUIRED)
            RecommendationInput input) {
        return service.replace(id, input, ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(recommendation -> Responses.ok(mapper.toResponse(recommendation), recommendation.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "patchRecommendation", summary = "Change some fields of a recommendation", description = "admin only; needs If-Match")
    public Uni<RestResponse<RecommendationResponse>> patch(@PathParam("id") UUID id,
                                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                           @Valid @NotNull(message = Responses.BODY_REQUIRED)
                                                           RecommendationInput input) {
        return service.patch(id, input, cleared.fields(), ExpectedVersion.fromIfMatch(ifMatch), actor.get())
                .map(recommendation -> Responses.ok(mapper.toResponse(recommendation), recommendation.version));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRecommendation", summary = "Delete a recommendation", description = "admin only; needs If-Match; refused while"
            + " actions answer it")
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(id, ExpectedVersion.fromIfMatch(ifMatch), actor.get());
    }
}
