package org.actiontracker.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.actiontracker.notification.config.DatabaseOutage;
import org.actiontracker.notification.json.JsonFailures;
import org.actiontracker.notification.service.UnsubscribeTokens;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem detail. Bad input of any kind (malformed JSON,
 * wrong types, failed validation, bad parameters) is a 400 naming the field and the reason.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final DatabaseOutage outage;

    public ProblemMappers(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.reason())
                .collect(Collectors.joining("; "));
        return respond(new Problem(ProblemTypes.INVALID_REQUEST, "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    /** Registered separately: Quarkus maps this subtype itself, and the most specific mapper wins. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidToken(UnsubscribeTokens.InvalidTokenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.INVALID_REQUEST, "Invalid request", 400, "token " + e.getMessage(),
                path(uri), List.of(new Problem.FieldError("token", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("A bearer token is required", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated("The bearer token is invalid or has expired", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your roles do not allow this operation", path(uri), List.of()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.CONFLICT, "Conflict", 409,
                "Changed by someone else at the same time; read it again and retry", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports a body that does not parse as a 400 wrapping the parser's exception.
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        String detail = status.getStatusCode() == 404 ? "Nothing exists at this path" : e.getMessage();
        return respond(new Problem(ProblemTypes.HTTP, status.getReasonPhrase(), status.getStatusCode(), detail,
                path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (outage.explains(e)) {
            return Response.fromResponse(respond(new Problem(ProblemTypes.HTTP, "Service unavailable", 503,
                            "The database cannot be reached; retry in " + outage.retryAfterSeconds() + " s", path(uri),
                            List.of())))
                    .header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds()).build();
        }
        LOG.error("Request failed", e);
        return respond(new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "The request could not be completed; it has been logged", path(uri), List.of()));
    }

    private Response malformed(JsonProcessingException e, UriInfo uri) {
        JsonFailures.Refusal refusal = JsonFailures.describe(e);
        if (refusal != null) {
            return respond(new Problem(ProblemTypes.MALFORMED_BODY, "Malformed request body", 400,
                    refusal.field() + " " + refusal.reason(), path(uri),
                    List.of(new Problem.FieldError(refusal.field(), refusal.reason()))));
        }
        String field = e instanceof JsonMappingException mapping ? fieldOf(mapping.getPath()) : "";
        String reason;
        if (e instanceof UnrecognizedPropertyException) {
            reason = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid) {
            reason = "cannot be read as " + describe(invalid.getTargetType());
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            reason = "must be " + describe(mismatched.getTargetType());
        } else {
            reason = "is not well-formed JSON";
        }
        String name = field.isEmpty() ? "body" : field;
        return respond(new Problem(ProblemTypes.MALFORMED_BODY, "Malformed request body", 400, name + " " + reason,
                path(uri), List.of(new Problem.FieldError(name, reason))));
    }

    private Response unauthenticated(String detail, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(ProblemTypes.UNAUTHENTICATED, "Unauthorized", 401, detail,
                        path(uri), List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date in ISO-8601 form (yyyy-mm-dd)";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "List", "ArrayList" -> "an array";
            default -> "a " + type.getSimpleName();
        };
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The body path ("leadDays[1]") or, for a method parameter, its name; never the Java method name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                if (!property.isEmpty()) {
                    property.append('.');
                }
                property.append(node.getName());
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                property.append('[').append(node.getIndex()).append(']');
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
