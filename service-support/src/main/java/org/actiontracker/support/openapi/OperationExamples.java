package org.actiontracker.support.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every JSON request body and JSON success response under {@code /api/} an example, built from its schema: the
 * examples fields declare where they have one, a value of the right type and format elsewhere. Built rather than
 * written per operation so that an example can never drift from the schema it illustrates.
 */
public final class OperationExamples {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final int MAX_DEPTH = 6;

    private final Map<String, Schema> components;

    private OperationExamples(OpenAPI openAPI) {
        this.components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
    }

    public static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        OperationExamples examples = new OperationExamples(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(examples::addTo);
            }
        });
    }

    private void addTo(Operation operation) {
        if (operation.getRequestBody() != null) {
            addTo(operation.getRequestBody().getContent(), true);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    addTo(response.getContent(), false);
                }
            });
        }
    }

    private void addTo(Content content, boolean request) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (type.contains("json") && media.getSchema() != null && media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())) {
                setExample(media, exampleOf(media.getSchema(), request, 0));
            }
        });
    }

    private static void setExample(MediaType media, Object example) {
        if (example != null) {
            media.setExample(example);
        }
    }

    /** A request leaves out what the server writes (read-only fields); a response leaves out what it never sends. */
    private Object exampleOf(Schema schema, boolean request, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().startsWith(SCHEMAS) ? schema.getRef().substring(SCHEMAS.length()) : null;
            return name == null ? null : exampleOf(components.get(name), request, depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (alternatives != null && !alternatives.isEmpty()) {
                return exampleOf(alternatives.get(0), request, depth + 1);
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = exampleOf(schema.getItems(), request, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            return objectExample(schema, request, depth);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum() : 1;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return false;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return stringExample(schema.getFormat());
        }
        return null;
    }

    private Map<String, Object> objectExample(Schema schema, boolean request, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return example;
        }
        schema.getProperties().forEach((name, property) -> {
            if (request && Boolean.TRUE.equals(property.getReadOnly())
                    || !request && Boolean.TRUE.equals(property.getWriteOnly())) {
                return;
            }
            Object value = exampleOf(property, request, depth + 1);
            if (value != null) {
                example.put(name, value);
            }
        });
        return example;
    }

    private static String stringExample(String format) {
        if (format == null) {
            return "text";
        }
        return switch (format) {
            case "uuid" -> "5a1c0000-0000-4000-8000-000000000001";
            case "date" -> "2026-12-01";
            case "date-time" -> "2026-12-01T09:30:00Z";
            case "email" -> "owner@force.example";
            case "uri", "url" -> "https://force.example/plan";
            default -> "text";
        };
    }
}
