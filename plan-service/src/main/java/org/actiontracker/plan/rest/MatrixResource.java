package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.plan.api.MatrixResponse;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.MatrixService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/sources/{id}/matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class MatrixResource {

    private final MatrixService service;
    private final CurrentActor actor;

    public MatrixResource(MatrixService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "getSourceMatrix", summary = "The national picture of a source", description = "Each recommendation (and sub-point)"
            + " against each organisation: every action's canonical status, RAG, target date and day of its latest"
            + " update, whether it is overdue or stale, and per recommendation how many organisations are complete,"
            + " on track, overdue and stale. Anonymous callers see published plans; viewers and editors also their"
            + " organisation's draft; national and admin every plan.")
    public Uni<MatrixResponse> matrix(@PathParam("id") UUID id) {
        return service.matrix(id, actor.get());
    }
}
