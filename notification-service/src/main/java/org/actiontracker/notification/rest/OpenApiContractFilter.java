package org.actiontracker.notification.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.actiontracker.support.openapi.OperationExamples;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the document for generated clients: every operation has a description and says whether it is public,
 * every one may answer 406, and {@code format: uuid} schemas carry no {@code pattern} (it breaks some generators).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContractFilter implements OASFilter {

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
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean isPublic = path.startsWith("/api/v1/unsubscribe");
            String description = operation.getDescription() == null || operation.getDescription().isBlank()
                    ? operation.getSummary() + "." : operation.getDescription();
            operation.setDescription(description + (isPublic ? " Public: no bearer token."
                    : " Needs a bearer token."));
            if (isPublic) {
                operation.setSecurity(java.util.List.of());
            }
            operation.getResponses().addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header names no type this operation produces")
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema()
                                    .ref("#/components/schemas/Problem")))));
        }));
        OperationExamples.addTo(openAPI);
    }
}
