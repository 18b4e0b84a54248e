package org.actiontracker.notification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.notification.service.PreferenceService;
import org.actiontracker.notification.security.UnsubscribeTokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.actiontracker.notification.api.UnsubscribeResult;

/** The link in every email; the signed token is the only credential. */
@Path("/api/v1/unsubscribe")
@Tag(name = "Preferences")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    private final UnsubscribeTokens tokens;
    private final PreferenceService preferences;

    public UnsubscribeResource(UnsubscribeTokens tokens, PreferenceService preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    @GET
    @Operation(summary = "Unsubscribe through the link of an email", description = "Needs no login: the token, "
            + "signed by this service, names the recipient. Mutes them; they can unmute through their preferences.")
    @APIResponse(responseCode = "200", description = "Unsubscribed (again, if they already were)")
    @APIResponse(responseCode = "400", description = "token is missing, malformed or its signature does not match")
    public Uni<UnsubscribeResult> unsubscribe(@QueryParam("token") String token) {
        String email = tokens.verify(token);
        return preferences.unsubscribe(email).map(saved -> new UnsubscribeResult(saved.email, saved.unsubscribedAt,
                "You will receive no more action plan emails."));
    }

    @POST
    @Operation(summary = "One-click unsubscribe (RFC 8058)", description = "What mail clients call for the "
            + "List-Unsubscribe-Post header; same effect as the GET.")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    @APIResponse(responseCode = "400", description = "token is missing, malformed or its signature does not match")
    public Uni<UnsubscribeResult> unsubscribeOneClick(@QueryParam("token") String token) {
        return unsubscribe(token);
    }
}
