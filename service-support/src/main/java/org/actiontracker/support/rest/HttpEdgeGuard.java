package org.actiontracker.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import org.actiontracker.support.problem.FieldError;
import org.actiontracker.support.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Hostile requests the HTTP server would refuse with an empty body are refused here, first of all
 * routes, with a problem: a URI longer than {@code api.max-uri-length} (414), header fields larger than
 * {@code api.max-header-bytes} in all (431), a header whose name is not a token or whose value holds
 * a control character such as CR, LF or NUL (400), and a query parameter that is not UTF-8 or holds
 * NUL (400). The server's own limits are set higher (see application.properties) so that this answers
 * first; the server's header validation is switched off by the JVM option
 * {@code -Dvertx.disableHttpHeadersValidation=true} for the same reason.
 */
@ApplicationScoped
public class HttpEdgeGuard {

    private static final Logger LOG = Logger.getLogger(HttpEdgeGuard.class);
    private static final String HEADER_VALIDATION_OFF = "vertx.disableHttpHeadersValidation";

    private final ObjectMapper json;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    public HttpEdgeGuard(ObjectMapper json,
                         @ConfigProperty(name = "api.max-uri-length", defaultValue = "8192") int maxUriLength,
                         @ConfigProperty(name = "api.max-header-bytes", defaultValue = "16384") int maxHeaderBytes) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        if (!Boolean.getBoolean(HEADER_VALIDATION_OFF)) {
            LOG.warnf("Started without -D%s=true: a header holding CR, LF or NUL gets the HTTP server's empty 400"
                    + " instead of a problem", HEADER_VALIDATION_OFF);
        }
    }

    void register(@Observes Router router) {
        router.route().order(-3).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, 414, "URI too long", "The request URI is longer than the " + maxUriLength
                    + " characters this API accepts", new FieldError("uri", "longer than " + maxUriLength
                    + " characters"));
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
            if (!isToken(header.getKey())) {
                refuse(context, 400, "Invalid request", "A header name is not an HTTP token",
                        new FieldError("header", "name is not an HTTP token"));
                return;
            }
            int control = firstControlCharacter(header.getValue());
            if (control >= 0) {
                refuse(context, 400, "Invalid request", "Header " + header.getKey() + " holds a control character",
                        new FieldError(header.getKey(), "holds the control character U+"
                                + String.format("%04X", control) + "; header values are visible text"));
                return;
            }
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(context, 431, "Request header fields too large", "The header fields are larger than the "
                    + maxHeaderBytes + " bytes this API accepts", new FieldError("headers", "larger than "
                    + maxHeaderBytes + " bytes"));
            return;
        }
        Map.Entry<String, String> badParameter;
        try {
            badParameter = context.queryParams().entries().stream()
                    .filter(parameter -> parameter.getValue().indexOf('\u0000') >= 0).findFirst().orElse(null);
        } catch (IllegalArgumentException notDecodable) {
            refuse(context, 400, "Invalid request", "The query string is not valid percent-encoded UTF-8",
                    new FieldError("query", "not valid percent-encoded UTF-8"));
            return;
        }
        if (badParameter != null) {
            refuse(context, 400, "Invalid request", badParameter.getKey() + ": contains a NUL character",
                    new FieldError(badParameter.getKey(), "contains a NUL character (\\u0000)"));
            return;
        }
        context.next();
    }

    /** RFC 9110 tchar: visible ASCII except separators. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7F || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The first control character other than a horizontal tab, or -1. */
    private static int firstControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t') || c == 0x7F) {
                return c;
            }
        }
        return -1;
    }

    private void refuse(RoutingContext context, int status, String title, String detail, FieldError error) {
        // A refused URI is not echoed back.
        String instance = status == 414 ? null : context.request().path();
        Problem problem = Problem.of(status, title, detail, instance, List.of(error));
        try {
            context.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
