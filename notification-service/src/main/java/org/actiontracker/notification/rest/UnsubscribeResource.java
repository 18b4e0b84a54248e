package org.actiontracker.notification.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.actiontracker.notification.service.PreferenceService;
import org.actiontracker.notification.security.RecipientLinkTokens;
import org.actiontracker.notification.security.RecipientLinkTokens.Purpose;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.actiontracker.notification.api.UnsubscribeResult;

/**
 * The link in every email; the signed token is the only credential. Following the link changes nothing (mail
 * scanners follow links): it shows a page whose button POSTs, as RFC 8058 one-click mail clients do.
 */
@Path("/api/v1/unsubscribe")
@Tag(name = "Preferences")
@PermitAll
public class UnsubscribeResource {

    private final RecipientLinkTokens tokens;
    private final PreferenceService preferences;

    public UnsubscribeResource(RecipientLinkTokens tokens, PreferenceService preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String title, String message, String email, boolean confirm);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showUnsubscribePage", summary = "The page an email's unsubscribe link opens",
            description = "Public, no login: the token, signed by this service, names the recipient. Changes nothing:"
                    + " it shows who would be unsubscribed and a button that POSTs to the same address.")
    @APIResponse(responseCode = "200", description = "A confirmation page with the unsubscribe button",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A page saying the link is incomplete or was altered",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response confirmationPage(@QueryParam("token") String token) {
        String email;
        try {
            email = tokens.verify(Purpose.UNSUBSCRIBE, token);
        } catch (RecipientLinkTokens.InvalidTokenException e) {
            return invalidLinkPage();
        }
        return html(Response.Status.OK, Templates.page("Unsubscribe from action plan e-mails?", "Press the button to"
                + " stop the action plan e-mails sent to " + email + ".", email, true));
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "unsubscribe", summary = "Unsubscribe (RFC 8058 one-click, or the page's button)",
            description = "Public, no login: the token is the credential. Mutes the recipient; they can unmute"
                    + " through their preferences. Answers JSON, or a page to a browser that asks for text/html.")
    @APIResponse(responseCode = "200", description = "Unsubscribed (again, if they already were)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnsubscribeResult.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "token is missing, malformed or its signature does not match")
    public Uni<Response> unsubscribe(@QueryParam("token") String token, @Context HttpHeaders headers) {
        boolean page = wantsPage(headers);
        String email;
        try {
            email = tokens.verify(Purpose.UNSUBSCRIBE, token);
        } catch (RecipientLinkTokens.InvalidTokenException e) {
            if (page) {
                return Uni.createFrom().item(invalidLinkPage());
            }
            throw e;
        }
        return preferences.unsubscribe(email).map(saved -> page
                ? html(Response.Status.OK, Templates.page("You are unsubscribed", "No more action plan e-mails will be"
                + " sent to " + saved.email + ".", saved.email, false))
                : Response.ok(new UnsubscribeResult(saved.email, saved.unsubscribedAt,
                "You will receive no more action plan emails."), MediaType.APPLICATION_JSON_TYPE).build());
    }

    private static Response invalidLinkPage() {
        return html(Response.Status.BAD_REQUEST, Templates.page("This unsubscribe link does not work", "The link is"
                + " incomplete or was altered, so nobody was unsubscribed. Copy the whole link from the e-mail, or"
                + " change your notification preferences after signing in.", null, false));
    }

    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    /** A browser submitting the page's form asks for HTML by name; mail clients and API callers do not. */
    private static boolean wantsPage(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }
}
