package org.actiontracker.plan.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.api.CalendarFeedInput;
import org.actiontracker.plan.api.DocumentDto;
import org.actiontracker.plan.api.ImportRequest;
import org.actiontracker.plan.api.OrganisationInput;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.api.RecommendationInput;
import org.actiontracker.plan.api.SourceInput;
import org.actiontracker.plan.api.SubPointDto;
import org.actiontracker.plan.api.UpdateInput;
import org.actiontracker.support.openapi.OperationExamples;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the document say what the server does, so that generated clients work: who may call each operation
 * (bearer token, or public with a token optional), the fields a body requires, the headers (ETag, Location,
 * If-Match, If-None-Match) and statuses (201, 304, 406), query parameters typed as validated, documents and streams
 * described as text a generator passes through, and no {@code pattern} beside {@code format: uuid}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContractFilter implements OASFilter {

    private static final String SCHEME = "bearer";
    private static final String PROBLEM = "application/problem+json";
    private static final String CALENDAR = "/calendar/";
    private static final List<Class<? extends Record>> INPUTS = List.of(ActionInput.class, UpdateInput.class,
            PlanInput.class, OrganisationInput.class, SourceInput.class, RecommendationInput.class,
            ImportRequest.class, SubPointDto.class, DocumentDto.class, CalendarFeedInput.class);
    private static final Set<String> NOT_PUBLIC = Set.of("/api/v1/audit", "/api/v1/events",
            "/api/v1/updates/{id}/revisions");
    private static final Map<String, Schema.SchemaType> QUERY_TYPES = Map.of("page", Schema.SchemaType.INTEGER,
            "size", Schema.SchemaType.INTEGER, "dryRun", Schema.SchemaType.BOOLEAN,
            "includeWithdrawn", Schema.SchemaType.BOOLEAN, "ragMismatch", Schema.SchemaType.BOOLEAN);
    private static final Map<String, String> QUERY_FORMATS = Map.of("planId", "uuid", "organisationId", "uuid",
            "sourceId", "uuid", "resourceId", "uuid", "targetBefore", "date", "targetAfter", "date",
            "noUpdateSince", "date", "from", "date", "to", "date");

    @Override
    public Schema filterSchema(Schema schema) {
        if ("uuid".equals(schema.getFormat())) {
            schema.setPattern(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().setSecuritySchemes(new LinkedHashMap<>(Map.of(SCHEME,
                OASFactory.createSecurityScheme().type(org.eclipse.microprofile.openapi.models.security.SecurityScheme
                        .Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT from the identity provider; groups carry the roles"))));
        openAPI.setSecurity(null);
        requireFields(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> describe(openAPI, path, method, operation));
            } else if (path.startsWith(CALENDAR)) {
                item.getOperations().values().forEach(OpenApiContractFilter::describeCalendarFeed);
            }
        });
        OperationExamples.addTo(openAPI);
    }

    /** Calendar clients send no bearer token: the secret token in the path is the credential. */
    private static void describeCalendarFeed(Operation operation) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        operation.setDescription(operation.getDescription() + " No bearer token: the token in the path is the"
                + " credential.");
        operation.getResponses().addAPIResponse("406", problem("The Accept header names no type this operation"
                + " produces"));
        textResponse(operation.getResponses().getAPIResponse("200"), List.of("text/calendar"));
    }

    private static void describe(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation operation) {
        boolean read = method == PathItem.HttpMethod.GET;
        boolean isPublic = read && NOT_PUBLIC.stream().noneMatch(path::startsWith);
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(SCHEME);
        operation.setSecurity(isPublic ? List.of(OASFactory.createSecurityRequirement(), bearer) : List.of(bearer));
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(operation.getSummary() + ".");
        }
        operation.setDescription(operation.getDescription() + (isPublic
                ? " Public: a bearer token is optional and shows more (drafts, e-mail addresses)."
                : " Needs a bearer token."));
        typeQueryParameters(operation);
        var responses = operation.getResponses();
        responses.addAPIResponse("406", problem("The Accept header names no type this operation produces"));
        String id = operation.getOperationId() == null ? "" : operation.getOperationId();
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE) {
            headerParameter(operation, "If-Match", true, "The ETag of the version you read, as received (\"3\")."
                    + " A weak ETag never matches; * matches any version", "\"3\"");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            mergePatchBodies(openAPI, operation);
        }
        referencedBodiesOnly(operation);
        if (read && path.endsWith("{id}")) {
            headerParameter(operation, "If-None-Match", false, "The ETag you hold: 304 while it is current",
                    "\"3\"");
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the ETag you sent is still current"));
        }
        APIResponse ok = responses.getAPIResponse("200");
        boolean creates = method == PathItem.HttpMethod.POST && (id.startsWith("create") || id.equals("postUpdate")
                || id.startsWith("import"));
        if (creates) {
            headerParameter(operation, IdempotencyKeys.HEADER, false, "A key of your choosing (1-255 visible"
                    + " characters): a retry with the same key and body answers as the first time and creates nothing;"
                    + " the same key with another body is a 422, while the first is still running a 409. Kept 24 h",
                    "9b1f4c4e-7d0e-4a53-9a43-1c2f5e8d7b60");
            responses.addAPIResponse("409", problem("The Idempotency-Key is in use by a request still running"));
            responses.addAPIResponse("422", problem("The Idempotency-Key was used with another body or resource"
                    + (responses.getAPIResponse("422") != null ? "; or " + responses.getAPIResponse("422")
                    .getDescription() : "")));
        }
        if (creates && ok != null) {
            APIResponse created = OASFactory.createAPIResponse().description("Created; Location names it")
                    .content(ok.getContent())
                    .addHeader("Location", stringHeader("Where the new resource is", "uri"))
                    .addHeader("ETag", stringHeader("Its version, for If-Match on later writes", null));
            responses.addAPIResponse("201", created);
            if (!id.startsWith("import")) {
                responses.removeAPIResponse("200");
            }
        } else if (ok != null && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || (read && path.endsWith("{id}")))) {
            ok.addHeader("ETag", stringHeader("The version, for If-Match on later writes", null));
        }
        if (id.equals("exportPlan")) {
            textResponse(responses.getAPIResponse("200"), List.of("text/html", "text/csv", "text/markdown"));
        } else if (id.equals("subscribeToEvents")) {
            textResponse(responses.getAPIResponse("200"), List.of("text/event-stream"));
        } else if (id.equals("getAsyncApiDocument")) {
            textResponse(responses.getAPIResponse("200"), List.of("application/yaml"));
        }
    }

    /** Documents and streams as opaque text: generators hand them over instead of parsing them as JSON. */
    private static void textResponse(APIResponse response, List<String> mediaTypes) {
        if (response == null) {
            return;
        }
        Content content = OASFactory.createContent();
        mediaTypes.forEach(type -> content.addMediaType(type, OASFactory.createMediaType().schema(
                OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("binary"))));
        response.setContent(content);
    }

    private static void typeQueryParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY && parameter.getIn() != Parameter.In.PATH) {
                continue;
            }
            Schema.SchemaType type = QUERY_TYPES.get(parameter.getName());
            String format = QUERY_FORMATS.get(parameter.getName());
            if (type != null) {
                parameter.setSchema(OASFactory.createSchema().type(List.of(type)));
            } else if (format != null) {
                parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format(format));
            }
        }
    }

    /** The fields a complete body (POST, PUT) needs, from the validation constraints of its type. */
    private static void requireFields(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        for (Class<? extends Record> input : INPUTS) {
            org.eclipse.microprofile.openapi.annotations.media.Schema named =
                    input.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            Schema schema = schemas.get(named != null && !named.name().isBlank() ? named.name()
                    : input.getSimpleName());
            if (schema == null) {
                continue;
            }
            List<String> required = new ArrayList<>();
            for (RecordComponent component : input.getRecordComponents()) {
                // Constraints on a record component land on its field.
                Field field;
                try {
                    field = input.getDeclaredField(component.getName());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                        || field.isAnnotationPresent(NotEmpty.class)) {
                    required.add(component.getName());
                }
            }
            if (!required.isEmpty()) {
                schema.setRequired(required);
            }
        }
    }

    /** A JSON Merge Patch needs no field: its body is the input's properties, none required; null clears one. */
    private static void mergePatchBodies(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType mediaType : operation.getRequestBody().getContent().getMediaTypes().values()) {
            Schema body = mediaType.getSchema();
            if (body == null || body.getRef() == null) {
                continue;
            }
            String name = body.getRef().substring(body.getRef().lastIndexOf('/') + 1);
            Schema complete = openAPI.getComponents().getSchemas().get(name);
            if (complete == null) {
                continue;
            }
            String patchName = name.replace("Input", "") + "Patch";
            openAPI.getComponents().addSchema(patchName, OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.OBJECT)).properties(complete.getProperties())
                    .description("JSON Merge Patch (RFC 7396) of " + name + ": only the fields sent change; null"
                            + " removes a field that may be empty, and is refused (400 naming it) for a field that"
                            + " must have a value"));
            mediaType.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + patchName));
        }
    }

    /**
     * A form body is documented twice, by its @Schema class and by its @RestForm fields; OpenAPI 3.0 ignores
     * whatever sits beside a $ref and generators refuse it, so only the $ref stays.
     */
    private static void referencedBodiesOnly(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType mediaType : operation.getRequestBody().getContent().getMediaTypes().values()) {
            Schema body = mediaType.getSchema();
            if (body != null && body.getRef() != null && body.getProperties() != null) {
                mediaType.setSchema(OASFactory.createSchema().ref(body.getRef()));
            }
        }
    }

    /** Describes the header parameter, replacing the bare one generated from a @HeaderParam. */
    private static void headerParameter(Operation operation, String name, boolean required, String description,
                                        String example) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> parameter.getIn() == Parameter.In.HEADER && name.equals(parameter.getName()))
                    .toList().forEach(operation::removeParameter);
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(required)
                .description(description).example(example)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }

    private static Header stringHeader(String description, String format) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format(format));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(PROBLEM, OASFactory.createMediaType().schema(
                        OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
