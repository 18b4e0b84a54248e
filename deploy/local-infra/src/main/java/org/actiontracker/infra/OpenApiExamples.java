package org.actiontracker.infra;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a served OpenAPI document for what each service's contract test asserts of its examples: every JSON request
 * body and JSON success response under {@code /api/} has one, and an example of an object names every field its
 * schema requires.
 */
public final class OpenApiExamples {

    /** What was looked at and what was wrong with it, each named "post /api/v1/plans request". */
    public record Findings(int bodiesChecked, List<String> missing, List<String> lackingRequiredFields) {
    }

    private OpenApiExamples() {
    }

    public static Findings check(JsonNode document) {
        List<String> missing = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        int[] checked = {0};
        document.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                String name = operation.getKey() + " " + path.getKey();
                List<Map.Entry<String, JsonNode>> bodies = new ArrayList<>();
                operation.getValue().path("requestBody").path("content").fields()
                        .forEachRemaining(media -> bodies.add(Map.entry(name + " request " + media.getKey(),
                                media.getValue())));
                operation.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("2")) {
                        response.getValue().path("content").fields().forEachRemaining(media -> bodies.add(
                                Map.entry(name + " " + response.getKey() + " " + media.getKey(), media.getValue())));
                    }
                });
                bodies.stream().filter(body -> body.getKey().contains("json")).forEach(body -> {
                    checked[0]++;
                    JsonNode example = body.getValue().get("example");
                    if (example == null || example.isNull()) {
                        missing.add(body.getKey());
                    } else if (!hasRequiredFields(document, body.getValue().path("schema"), example)) {
                        lacking.add(body.getKey());
                    }
                });
            });
        });
        return new Findings(checked[0], missing, lacking);
    }

    private static boolean hasRequiredFields(JsonNode document, JsonNode schema, JsonNode example) {
        JsonNode resolved = schema.has("$ref") ? document.at(schema.get("$ref").asText().substring(1)) : schema;
        for (JsonNode required : resolved.path("required")) {
            if (!example.has(required.asText())) {
                return false;
            }
        }
        return true;
    }
}
