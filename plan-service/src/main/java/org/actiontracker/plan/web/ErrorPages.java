package org.actiontracker.plan.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.actiontracker.support.problem.ApiException;
import org.jboss.logging.Logger;

/** A refusal of the service layer as a page with its status: the same 401, 403 or 404 the API would answer. */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "web", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, Viewer viewer);
    }

    public Response toResponse(Throwable failure, Viewer viewer) {
        if (failure instanceof ApiException refusal) {
            return Response.status(refusal.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.error(refusal.status(), refusal.title(), refusal.getMessage(), viewer)).build();
        }
        LOG.error("A page failed", failure);
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(500, "Sorry, there is a problem with the service", "Try again later.", viewer))
                .build();
    }

    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiException refusal) {
            return Response.status(refusal.status()).type(MediaType.TEXT_PLAIN_TYPE).entity(refusal.getMessage())
                    .build();
        }
        LOG.error("A download failed", failure);
        return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE).entity("Sorry, there is a problem").build();
    }
}
