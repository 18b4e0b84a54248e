package org.actiontracker.notification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.notification.service.ScanReport;
import org.actiontracker.notification.service.ScanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.actiontracker.notification.api.ScanRequest;
import org.actiontracker.support.problem.ApiException;

import java.time.LocalDate;

@Path("/api/v1/scans")
@Tag(name = "Scans")
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScanResource {

    private final ScanService scans;

    public ScanResource(ScanService scans) {
        this.scans = scans;
    }

    @POST
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "runScan", summary = "Scan now",
            description = "Raises the alerts due as of the given day (today by default), records them in the ledger, "
                    + "and sends one digest per recipient. Alerts already raised are not raised again, so a repeated "
                    + "scan finds nothing new. For testing and backfill. With dryRun, reports what would be sent to whom "
                    + "and records and sends nothing.")
    @APIResponse(responseCode = "200", description = "What the scan found and sent")
    @APIResponse(responseCode = "400", description = "Malformed body, asOf or organisationId not readable, or asOf outside the window around today")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    public Uni<ScanReport> scan(ScanRequest request) {
        ScanRequest effective = request == null ? new ScanRequest(null, null, null) : request;
        LocalDate asOf = effective.asOf() == null ? scans.today() : effective.asOf();
        if (!scans.withinAsOfWindow(asOf)) {
            throw ApiException.invalid("asOf", "must be within " + scans.asOfWindow() + " of today ("
                    + scans.today().minus(scans.asOfWindow()) + " to " + scans.today().plus(scans.asOfWindow()) + ")");
        }
        return Boolean.TRUE.equals(effective.dryRun())
                ? scans.preview(asOf, effective.organisationId())
                : scans.scan(asOf, effective.organisationId());
    }
}
