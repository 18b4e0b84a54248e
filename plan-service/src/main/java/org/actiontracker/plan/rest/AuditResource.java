package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.plan.api.AuditEntryResponse;
import org.actiontracker.plan.mapping.ResourceMapper;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.AuditService;
import org.actiontracker.plan.service.PageRequest;
import org.actiontracker.plan.service.PageResult;
import org.actiontracker.support.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every accepted change, with who made it; admin only")
public class AuditResource {

    private final AuditService service;
    private final ResourceMapper mapper;
    private final CurrentActor actor;

    public AuditResource(AuditService service, ResourceMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "List audit entries", description = "Newest first; filter by organisation, resource, actor"
            + " and date range (from/to inclusive, YYYY-MM-DD)")
    public Uni<PageResult<AuditEntryResponse>> list(@QueryParam("organisationId") UUID organisationId,
                                                    @QueryParam("resourceId") UUID resourceId,
                                                    @QueryParam("actor") String actorSubject,
                                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                                    @QueryParam("page") Integer page,
                                                    @QueryParam("size") Integer size,
                                                    @QueryParam("sort") String sort) {
        return service.list(organisationId, resourceId, actorSubject, Params.date("from", from),
                        Params.date("to", to), actor.get(),
                        PageRequest.of(page, size, sort, AuditService.SORTABLE, "-occurredAt"))
                .map(result -> result.map(mapper::toResponse));
    }
}
