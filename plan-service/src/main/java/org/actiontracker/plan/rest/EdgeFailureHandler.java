package org.actiontracker.plan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import org.actiontracker.plan.config.ApiConfig;
import org.actiontracker.plan.config.ImportLimits;
import org.actiontracker.support.problem.FieldError;
import org.actiontracker.support.problem.Problem;

import java.util.List;

/**
 * Failures decided at the HTTP edge, before any resource runs, get the same problem body as every
 * other error: a bad bearer token (authentication is proactive) and a body over the size limit.
 * The size limit is checked here from Content-Length because the HTTP server's own limit (set
 * higher, for bodies without a length) answers with an empty body and closes the connection.
 */
@ApplicationScoped
public class EdgeFailureHandler {

    private static final int PAYLOAD_TOO_LARGE = 413;

    /** Documents are uploaded here; they have a limit of their own (imports.max-document-bytes). */
    private static final String IMPORTS = "/api/v1/imports";
    /** What a multipart form adds around the file: boundaries and part headers. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final long maxImportBytes;

    public EdgeFailureHandler(ObjectMapper json, ApiConfig config, ImportLimits importLimits) {
        this.json = json;
        this.maxBodyBytes = config.maxBodySize();
        this.maxImportBytes = importLimits.maxDocumentBytes() + FORM_OVERHEAD;
    }

    void register(@Observes Router router) {
        router.route().order(-2).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && !length.isEmpty() && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > limitOf(context)) {
                context.response().putHeader("Connection", "close");
                respond(context, tooLarge(context));
            } else {
                context.next();
            }
        });
        router.route().order(-1).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException) {
                context.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                respond(context, Problem.of(401, "Unauthorized", "The bearer token is expired, malformed or not"
                        + " signed by a trusted issuer", context.request().path(), List.of(
                        new FieldError("Authorization", "invalid bearer token"))));
            } else if (context.statusCode() == PAYLOAD_TOO_LARGE) {
                respond(context, tooLarge(context));
            } else {
                context.next();
            }
        });
    }

    private long limitOf(RoutingContext context) {
        return context.request().path().equals(IMPORTS) ? maxImportBytes : maxBodyBytes;
    }

    private Problem tooLarge(RoutingContext context) {
        long limit = limitOf(context);
        return Problem.of(PAYLOAD_TOO_LARGE, "Payload too large", "The request body is larger than the "
                + limit + " bytes this API accepts", context.request().path(), List.of(
                new FieldError("body", "larger than " + limit + " bytes")));
    }

    private void respond(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
