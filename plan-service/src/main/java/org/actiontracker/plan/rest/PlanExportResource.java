package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ExportService;
import org.actiontracker.support.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/plans/{id}/export")
@Tag(name = "Plans")
public class PlanExportResource {

    private static final List<DocumentFormat> EXPORTED = List.of(DocumentFormat.HTML, DocumentFormat.CSV,
            DocumentFormat.MARKDOWN);

    private final ExportService service;
    private final CurrentActor actor;

    public PlanExportResource(ExportService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, "text/csv", "text/markdown"})
    @Operation(operationId = "exportPlan", summary = "Publish a plan as a document", description = "The plan with every action and its dated"
            + " progress updates, as forces publish theirs; POST /imports reads it back into the same plan. Anyone may"
            + " export a published plan (without e-mail addresses unless signed in); drafts need read access.")
    public Uni<RestResponse<String>> export(@PathParam("id") UUID id,
                                            @Parameter(description = "html, csv or markdown; without it, the type Accept names"
                                                    + " (text/csv, text/markdown), else html")
                                            @QueryParam("format") String format, @Context HttpHeaders headers) {
        DocumentFormat requested = format == null || format.isBlank() ? accepted(headers)
                : DocumentFormat.named(format, EXPORTED).orElseThrow(() -> ApiException.invalid("format", "'" + format
                + "' is not one of " + DocumentFormat.labels(EXPORTED)));
        return service.export(id, requested, actor.get())
                .map(exported -> RestResponse.ResponseBuilder.ok(exported.content())
                        .type(exported.format().mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + exported.filename() + "\"")
                        .header("X-Content-Type-Options", "nosniff")
                        // defence in depth for the HTML form: no script may run, only its own inline style applies
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .build());
    }

    /** Without a format parameter, the first exported type the Accept header names; HTML otherwise. */
    private static DocumentFormat accepted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            for (DocumentFormat exported : EXPORTED) {
                if (!type.isWildcardType() && !type.isWildcardSubtype()
                        && MediaType.valueOf(exported.mediaType()).isCompatible(type)) {
                    return exported;
                }
            }
        }
        return DocumentFormat.HTML;
    }
}
