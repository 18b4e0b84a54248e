package org.actiontracker.notification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets; they are in its webjar. */
@Path("/assets")
@PermitAll
public class PageAssets {

    @GET
    @Path("{file: .+}")
    @Operation(hidden = true)
    public Response asset(@PathParam("file") String file) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create("/webjars/govuk-frontend/dist/govuk/assets/" + file)).build();
    }
}
