package org.actiontracker.support.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.database.DatabaseOutage;
import org.actiontracker.support.json.JsonFailures;
import org.actiontracker.support.problem.FailureTranslator;
import org.actiontracker.support.problem.FieldError;
import org.actiontracker.support.problem.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place errors become responses, in both services: every failure is an RFC 9457 problem
 * naming the field and the reason. Bad input is always a 4xx; a 5xx says nothing of the internals.
 * What only a service can read (its database constraints, its concurrent edits) it says through a
 * {@link FailureTranslator} bean.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<FailureTranslator> translators;
    private final DatabaseOutage outage;

    public ProblemMappers(Instance<FailureTranslator> translators, DatabaseOutage outage) {
        this.outage = outage;
        this.translators = translators;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Response.ResponseBuilder response = problem(e.status(), e.title(), e.getMessage(), uri, e.fieldErrors());
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.reason())
                .collect(Collectors.joining("; "));
        return problem(400, "Invalid request", detail, uri, errors).build();
    }

    /** Listed one by one so that these win over Quarkus' built-in mappers of the same types. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        JsonFailures.Refusal refusal = JsonFailures.describe(e);
        if (refusal != null) {
            return problem(400, "Invalid request", refusal.field() + ": " + refusal.reason(), uri,
                    List.of(new FieldError(refusal.field(), refusal.reason()))).build();
        }
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "body";
        String reason;
        if (e instanceof UnrecognizedPropertyException unknown) {
            reason = "unknown field; known fields: " + unknown.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException format) {
            reason = "cannot be read as " + describe(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            reason = "must be " + describe(mismatch.getTargetType());
        } else {
            reason = "malformed JSON: " + e.getOriginalMessage();
        }
        return problem(400, "Invalid request", field + ": " + reason, uri, List.of(new FieldError(field, reason)))
                .build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("A bearer token is required", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated("The bearer token is expired, malformed or not signed by a trusted issuer", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "Your role does not allow this", uri, List.of()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports a body that does not parse as a 400 wrapping the parser's exception.
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status >= 500 ? "Server error" : "Client error";
        if (status >= 500) {
            LOG.errorf(e, "Request failed on %s", path(uri));
            return problem(status, title, "The request could not be completed; it has been logged", uri, List.of())
                    .build();
        }
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "Method not allowed on " + path(uri);
            case 406 -> "This resource cannot produce the media type asked for";
            case 413 -> "Request body too large";
            case 415 -> "Send application/json";
            default -> e.getMessage();
        };
        List<FieldError> errors = switch (status) {
            case 406 -> List.of(new FieldError("Accept", "names no media type this resource produces"));
            case 413 -> List.of(new FieldError("body", "too large"));
            case 415 -> List.of(new FieldError("Content-Type", "not a media type this resource accepts"));
            default -> List.of();
        };
        return problem(status, title, detail, uri, errors).build();
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (outage.explains(e)) {
            return problem(503, "Service unavailable", "The database cannot be reached; retry in "
                    + outage.retryAfterSeconds() + " s", uri, List.of())
                    .header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds()).build();
        }
        Optional<ApiException> meant = translators.stream().map(translator -> translator.translate(e))
                .flatMap(Optional::stream).findFirst();
        if (meant.isPresent()) {
            return apiException(meant.get(), uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return problem(500, "Internal error", "The request could not be completed; it has been logged", uri,
                List.of()).build();
    }

    private static Response unauthenticated(String detail, UriInfo uri) {
        return problem(401, "Unauthorized", detail, uri,
                List.of(new FieldError("Authorization", "missing, expired or not signed by a trusted issuer")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail, UriInfo uri,
                                                    List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, path(uri), errors));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * The client's view of the field: the body path ({@code owner.email}, {@code leadDays[1]},
     * {@code documents[0].url}) or the parameter's name, never the Java method's.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null) && !property.isEmpty()) {
                property.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                if (!property.isEmpty()) {
                    property.append('.');
                }
                property.append(node.getName());
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a timestamp (ISO 8601)";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "List", "ArrayList", "Set" -> "an array";
            case "String" -> "a string";
            default -> "an object";
        };
    }
}
