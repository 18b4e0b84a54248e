package org.actiontracker.notification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.notification.api.PageView;
import org.actiontracker.notification.api.QueuedDigestView;
import org.actiontracker.notification.domain.DigestStatus;
import org.actiontracker.notification.mapping.DigestMapper;
import org.actiontracker.notification.service.DigestDispatcher;
import org.actiontracker.notification.service.DispatchSummary;
import org.actiontracker.notification.service.QueueService;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/queue")
@Tag(name = "Delivery queue")
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@RolesAllowed(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    private static final List<DigestStatus> UNSENT = List.of(DigestStatus.PENDING, DigestStatus.SENDING,
            DigestStatus.FAILED);

    private final QueueService queue;
    private final DigestDispatcher dispatcher;
    private final DigestMapper mapper;

    public QueueResource(QueueService queue, DigestDispatcher dispatcher, DigestMapper mapper) {
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listQueuedDigests", summary = "Digests not yet accepted by the SMTP server", description = "Pending (waiting for an "
            + "attempt, with backoff after failures), being sent, and failed (given up after the maximum attempts).")
    @APIResponse(responseCode = "200", description = "One page of digests, next attempt first, and the totals")
    @APIResponse(responseCode = "400", description = "A parameter is not readable or out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    public Uni<PageView<QueuedDigestView>> list(
            @Parameter(description = "Statuses to list, comma-separated; PENDING, SENDING and FAILED by default",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DigestStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        List<DigestStatus> statuses = Params.enumValues("status", status, DigestStatus.class);
        int pageNumber = Params.integer("page", page, 0, 0, Integer.MAX_VALUE / NotificationResource.MAX_PAGE_SIZE);
        int pageSize = Params.integer("size", size, NotificationResource.DEFAULT_PAGE_SIZE, 1,
                NotificationResource.MAX_PAGE_SIZE);
        return queue.list(statuses.isEmpty() ? UNSENT : statuses, pageNumber, pageSize)
                .map(found -> PageView.of(found.items().stream().map(mapper::toView).toList(), pageNumber, pageSize,
                        found.total()));
    }

    @POST
    @Path("/retry")
    @Operation(operationId = "retryAllDigests", summary = "Retry every pending and failed digest now", description = "Ignores the backoff. "
            + "Digests being sent elsewhere are left to that instance.")
    @APIResponse(responseCode = "200", description = "What became of the digests retried")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    public Uni<DispatchSummary> retryAll() {
        return dispatcher.retryAllNow();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryDigest", summary = "Retry one digest now")
    @APIResponse(responseCode = "200", description = "What became of it")
    @APIResponse(responseCode = "400", description = "id is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "404", description = "No such digest")
    @APIResponse(responseCode = "409", description = "The digest was sent or cancelled, or is being sent")
    public Uni<DispatchSummary> retry(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID digestId = Params.uuid("id", id);
        return queue.find(digestId).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(ApiException.notFound("Digest " + digestId));
            }
            return dispatcher.retryNow(digestId).map(result -> result.orElseThrow(() -> ApiException.conflict(
                    "Digest " + digestId + " is " + found.get().status + " and cannot be retried")));
        });
    }
}
