package org.actiontracker.notification.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.notification.api.NotificationView;
import org.actiontracker.notification.api.PageView;
import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.mapping.NotificationMapper;
import org.actiontracker.notification.repository.NotificationRepository;
import org.actiontracker.notification.service.HistoryService;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/notifications")
@Tag(name = "Notification history")
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;

    private final HistoryService history;
    private final NotificationMapper mapper;
    private final Caller caller;

    public NotificationResource(HistoryService history, NotificationMapper mapper, Caller caller) {
        this.history = history;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "Alerts raised, newest first",
            description = "An admin sees every recipient's alerts; anyone else only those addressed to the email "
                    + "of their token.")
    @APIResponse(responseCode = "200", description = "One page of alerts and the totals")
    @APIResponse(responseCode = "400", description = "A parameter is not readable or out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "recipient names someone else and the caller is not an admin")
    public Uni<PageView<NotificationView>> list(
            @Parameter(description = "Recipient email; non-admins may give only their own")
            @QueryParam("recipient") String recipient,
            @Parameter(description = "Only alerts about this action", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("actionId") String actionId,
            @Parameter(description = "Only alerts of this kind", schema = @Schema(implementation = AlertKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Raised on or after this day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Raised on or before this day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        var filter = new NotificationRepository.HistoryFilter(caller.recipientScope(recipient, "recipient"),
                Params.uuid("actionId", actionId), Params.enumValue("kind", kind, AlertKind.class), fromDate, toDate);
        int pageNumber = Params.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = Params.integer("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return history.search(filter, pageNumber, pageSize)
                .map(found -> PageView.of(found.items().stream().map(mapper::toView).toList(), pageNumber, pageSize,
                        found.total()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNotification", summary = "One alert")
    @APIResponse(responseCode = "200", description = "The alert")
    @APIResponse(responseCode = "400", description = "id is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such alert, or it is addressed to someone else")
    public Uni<NotificationView> get(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID notificationId = Params.uuid("id", id);
        String scope = caller.isAdmin() ? null : caller.recipientScope(null, "recipient");
        return history.find(notificationId).map(found -> found
                .filter(notification -> scope == null || scope.equals(notification.recipientEmail))
                .map(mapper::toView)
                .orElseThrow(() -> ApiException.notFound("Notification " + notificationId)));
    }
}
