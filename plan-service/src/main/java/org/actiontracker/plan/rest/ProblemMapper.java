package org.actiontracker.plan.rest;

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
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.actiontracker.plan.config.DatabaseOutage;
import org.actiontracker.plan.json.JsonFailures;
import org.actiontracker.plan.service.ApiException;
import org.actiontracker.plan.service.ApiException.FieldError;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one place errors become responses: every failure is an RFC 9457 problem naming the field
 * and the reason. Bad input is always a 4xx; a 500 says nothing of the internals.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final DatabaseOutage outage;

    public ProblemMapper(DatabaseOutage outage) {
        this.outage = outage;
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
                .sorted(java.util.Comparator.comparing(FieldError::field))
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
            field = pathOf(unknown);
            reason = "unknown field; known fields: " + unknown.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException format) {
            reason = "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            reason = "expected " + describe(mismatch.getTargetType());
        } else {
            reason = "malformed JSON: " + e.getOriginalMessage();
        }
        return problem(400, "Invalid request", field + ": " + reason, uri, List.of(new FieldError(field, reason)))
                .build();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentEdit(Exception e, UriInfo uri) {
        return problem(412, "Precondition failed", "Someone else changed this resource at the same time: fetch it"
                + " again and reapply your change", uri, List.of(new FieldError("If-Match", "stale"))).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        return problem(401, "Unauthorized", "Send a valid bearer token", uri,
                List.of(new FieldError("Authorization", "missing, expired or not signed by a trusted issuer")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "Your role does not allow this", uri, List.of()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Client error";
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method not allowed on " + uri.getPath();
            case 413 -> "Request body too large";
            case 415 -> "Send application/json";
            case 406 -> "This resource produces application/json";
            default -> e.getMessage();
        };
        return problem(status, title, detail, uri, List.of()).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (outage.explains(e)) {
            return problem(503, "Service unavailable", "The database cannot be reached; retry in "
                    + outage.retryAfterSeconds() + " s", uri, List.of())
                    .header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds()).build();
        }
        ApiException constraint = DatabaseConstraints.translate(e);
        if (constraint != null) {
            return apiException(constraint, uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return problem(500, "Internal error", "The request could not be completed; it has been logged", uri,
                List.of()).build();
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail, UriInfo uri,
                                                    List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, uri == null ? null : uri.getPath(), errors));
    }

    /** "create.input.owner.email" becomes "owner.email": the client's view of the field. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> {
            if (node.getName() == null) {
                return;
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
            nodes.add(name);
        });
        // Drop the method and parameter names that prefix a body's fields.
        return nodes.size() > 2 ? String.join(".", nodes.subList(2, nodes.size()))
                : nodes.isEmpty() ? "body" : nodes.get(nodes.size() - 1);
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value; expected one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO 8601)";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "List" -> "array";
            default -> type.getSimpleName().toLowerCase(Locale.ROOT).replace("input", " object")
                    .replace("dto", " object");
        };
    }
}
