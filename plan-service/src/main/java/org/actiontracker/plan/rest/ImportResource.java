package org.actiontracker.plan.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.rest.dto.ImportOutcome;
import org.actiontracker.plan.rest.dto.ImportRequest;
import org.actiontracker.plan.rest.dto.ImportResult;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.plan.service.ApiException;
import org.actiontracker.plan.service.ImportService;
import org.actiontracker.plan.service.Params;
import org.actiontracker.plan.service.imports.DocumentFormats;
import org.actiontracker.plan.service.imports.ImportCommand;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Published action plans read into plans, actions and dated progress updates")
public class ImportResource {

    static final String TEXT_MARKDOWN = "text/markdown";
    static final String TEXT_CSV = "text/csv";
    private static final String DESCRIPTION = "Editor of the target organisation, or admin. Without organisationId an"
            + " editor imports into their own organisation, an admin into the organisation the document names (created"
            + " when there is none). Importing again adds only what is new: actions are matched by recommendation,"
            + " sub-point and description, updates by date, period and text; changed statuses and labels are updated."
            + " Every record emits its event as any other write does. 201 with the plan's Location when the plan is"
            + " created, else 200; dryRun=true writes nothing and says what would be done. A document that is not an"
            + " action plan is refused with 422.";

    private final ImportService service;
    private final CurrentActor actor;
    private final long maxBodyBytes;

    public ImportResource(ImportService service, CurrentActor actor,
                          @ConfigProperty(name = "api.max-body-size", defaultValue = "2097152") long maxBodyBytes) {
        this.service = service;
        this.actor = actor;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The query parameters both forms of the request take. */
    public static class Options {

        @QueryParam("sourceId")
        @Parameter(description = "The report the plan answers; default the stalking report")
        String sourceId;

        @QueryParam("organisationId")
        @Parameter(description = "The organisation to import into")
        String organisationId;

        @QueryParam("format")
        @Parameter(description = "html, csv, markdown or text (tab-separated export); default: the Content-Type's,"
                + " else detected")
        String format;

        @QueryParam("filename")
        @Parameter(description = "The file's name, whose extension helps detect the format")
        String filename;

        @QueryParam("state")
        @Parameter(description = "DRAFT or PUBLISHED; default: a new plan is a draft, an existing one keeps its state")
        String state;

        @QueryParam("dryRun")
        @Parameter(description = "true: write nothing, report what the import would do")
        String dryRun;

        ImportCommand command(String content, String contentField, DocumentFormat format, String filename) {
            return new ImportCommand(content, contentField, format, filename,
                    sourceId == null || sourceId.isBlank() ? ImportService.STALKING_REPORT : Params.uuid("sourceId", sourceId),
                    Params.uuid("organisationId", organisationId), Params.enumValue("state", state, PlanState.class),
                    flag("dryRun", dryRun));
        }

        DocumentFormat format() {
            return DocumentFormats.parse("format", format, List.of(DocumentFormat.values()));
        }
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, TEXT_MARKDOWN, TEXT_CSV})
    @Operation(operationId = "importDocument", summary = "Import a published plan sent as the body", description = DESCRIPTION + " The format is the"
            + " format parameter's, else the Content-Type's (text/html, text/markdown, text/csv), else detected"
            + " (text/plain).")
    public Uni<RestResponse<ImportResult>> importBody(String body, @BeanParam Options options,
                                                      @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null || body.isBlank()) {
            throw ApiException.unprocessable("body", "the document is empty");
        }
        // bodies sent without Content-Length pass the size check at the HTTP edge
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new ApiException(413, "Payload too large", "The request body is larger than the " + maxBodyBytes
                    + " bytes this API accepts", List.of(new ApiException.FieldError("body", "larger than "
                    + maxBodyBytes + " bytes")));
        }
        DocumentFormat format = options.format();
        return respond(options.command(body, "body", format != null ? format : formatOf(headers.getMediaType()),
                options.filename), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importDocumentJson", summary = "Import a published plan sent as JSON", description = DESCRIPTION + " The format is the"
            + " body's, else the format parameter's, else detected.")
    public Uni<RestResponse<ImportResult>> importJson(@Valid @NotNull(message = Responses.BODY_REQUIRED)
                                                      ImportRequest request, @BeanParam Options options,
                                                      @Context UriInfo uri) {
        DocumentFormat format = DocumentFormats.parse("format", request.format(), List.of(DocumentFormat.values()));
        return respond(options.command(request.content(), "content", format != null ? format : options.format(),
                request.filename() != null ? request.filename() : options.filename), uri);
    }

    private Uni<RestResponse<ImportResult>> respond(ImportCommand command, UriInfo uri) {
        return service.importDocument(command, actor.get()).map(result ->
                !result.dryRun() && result.plan().outcome() == ImportOutcome.NEW
                        ? RestResponse.ResponseBuilder.<ImportResult>created(Responses.location(uri, "plans",
                        result.planId())).entity(result).build()
                        : RestResponse.ok(result));
    }

    /** text/plain says nothing about the layout: any format may come as plain text. */
    private static DocumentFormat formatOf(MediaType type) {
        String subtype = type == null ? "" : type.getSubtype().toLowerCase(Locale.ROOT);
        return switch (subtype) {
            case "html" -> DocumentFormat.HTML;
            case "markdown" -> DocumentFormat.MARKDOWN;
            case "csv" -> DocumentFormat.CSV;
            default -> null;
        };
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "'" + value + "' is not true or false");
        };
    }
}
