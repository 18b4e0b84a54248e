package org.actiontracker.support.openapi;

import org.actiontracker.support.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Gives every documented error response under {@code /api/} the problem-details body, so that
 * resources (and a service's own filters) only state when and why each error occurs.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((code, response) -> {
                        if (code.startsWith("4") || code.startsWith("5")) {
                            response.setContent(problemContent());
                        }
                    });
                }
            });
        }
    }

    /** An error response with the given description and the problem-details body. */
    public static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("reason", text);
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; `errors` lists each offending field and why")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(fieldError))
                .example(Map.of("type", Problem.typeOf("Invalid request"),
                        "title", "Invalid request", "status", 400,
                        "detail", "owner.email: must be a well-formed email address", "instance", "/api/v1/actions/1",
                        "errors", List.of(Map.of("field", "owner.email",
                                "reason", "must be a well-formed email address"))));
    }
}
