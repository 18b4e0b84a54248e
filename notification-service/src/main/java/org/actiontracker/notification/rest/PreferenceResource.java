package org.actiontracker.notification.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.mapping.PreferenceMapper;
import org.actiontracker.notification.service.PreferenceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.actiontracker.notification.api.PreferenceView;
import org.actiontracker.notification.api.PreferenceUpdate;

@Path("/api/v1/preferences/{email}")
@Tag(name = "Preferences")
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private final PreferenceService preferences;
    private final PreferenceMapper mapper;
    private final Caller caller;
    private final NotificationConfig config;

    public PreferenceResource(PreferenceService preferences, PreferenceMapper mapper, Caller caller,
                              NotificationConfig config) {
        this.preferences = preferences;
        this.mapper = mapper;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Operation(operationId = "getPreferences", summary = "A recipient's settings", description = "The defaults when the recipient has set none. "
            + "Non-admins may read only their own.")
    @APIResponse(responseCode = "200", description = "The settings in force")
    @APIResponse(responseCode = "400", description = "email is not an email address")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "email is someone else's and the caller is not an admin")
    public Uni<PreferenceView> get(@PathParam("email") @Email String email) {
        String recipient = caller.recipientScope(email, "email");
        return preferences.find(recipient).map(found -> mapper.toView(found, config.alerts().leadDays()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePreferences", summary = "Replace a recipient's settings", description = "Muting drops the alerts waiting for a "
            + "weekly digest and the digests not yet sent. Non-admins may change only their own.")
    @APIResponse(responseCode = "200", description = "The settings now in force")
    @APIResponse(responseCode = "400", description = "Malformed body, a field out of range, or email not an email address")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "email is someone else's and the caller is not an admin")
    @APIResponse(responseCode = "409", description = "Changed concurrently by another request")
    public Uni<PreferenceView> put(@PathParam("email") @Email String email,
                                    @Valid @NotNull PreferenceUpdate update) {
        String recipient = caller.recipientScope(email, "email");
        return preferences.update(recipient, update.leadDays(), update.digestFrequency(), update.muted())
                .map(saved -> mapper.toView(saved, config.alerts().leadDays()));
    }
}
