package org.actiontracker.notification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.notification.api.TrackedActionView;
import org.actiontracker.notification.mapping.TrackedActionMapper;
import org.actiontracker.notification.repository.TrackedViewRepository;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/tracked-actions/{id}")
@Tag(name = "Tracked actions")
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@RolesAllowed(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class TrackedActionResource {

    private final TrackedViewRepository view;
    private final TrackedActionMapper mapper;

    public TrackedActionResource(TrackedViewRepository view, TrackedActionMapper mapper) {
        this.view = view;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getTrackedAction", summary = "What this service knows of an action", description = "Its view as built from plan "
            + "events, to check what alerts are computed from.")
    @APIResponse(responseCode = "200", description = "The action as last seen")
    @APIResponse(responseCode = "400", description = "id is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "404", description = "No event about this action has been consumed")
    public Uni<TrackedActionView> get(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID actionId = Params.uuid("id", id);
        return view.findAction(actionId).map(found -> found.map(mapper::toView)
                .orElseThrow(() -> ApiException.notFound("Tracked action " + actionId)));
    }
}
