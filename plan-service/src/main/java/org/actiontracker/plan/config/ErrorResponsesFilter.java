package org.actiontracker.plan.config;

import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.actiontracker.support.openapi.ProblemResponsesFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents the error responses of every operation of this API in one place, from what it does:
 * writes can be invalid, unauthorised, forbidden or conflicting; replacing and deleting need
 * If-Match; ids that do not exist answer 404. Their problem body is service-support's.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ErrorResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> describe(path, method, operation));
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid input: malformed JSON, a wrong type, a bad date or enum value, or a failed"
                + " constraint; `errors` names each field and the reason");
        boolean write = method != PathItem.HttpMethod.GET;
        if (write) {
            errors.put("401", "No valid bearer token");
            errors.put("403", "The token's role or organisation does not allow this");
            errors.put("409", "Conflicts with existing data (duplicate, or still referenced)");
            errors.put("413", "Request body too large");
            errors.put("415", "Body is not JSON");
        } else {
            errors.put("401", "The resource is not public and no valid bearer token was sent");
        }
        if (path.contains("{")) {
            errors.put("404", "No resource with this id");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            errors.put("422", "Well-formed but refers to something that does not exist or cannot change");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || (method == PathItem.HttpMethod.DELETE)) {
            errors.put("412", "If-Match does not match the current ETag: someone changed it since you read it");
            errors.put("428", "If-Match is required");
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        // Replaces the generated bodiless 400/401/403 so that every error names its problem schema; an
        // operation's own description of a status (POST /imports: 413, 415, 422) is kept.
        errors.forEach((status, description) -> {
            APIResponse own = responses.getAPIResponse(status);
            responses.addAPIResponse(status, ProblemResponsesFilter.problemResponse(own != null && own.getDescription() != null
                    ? own.getDescription() : description));
        });
        operation.setResponses(responses);
    }
}
