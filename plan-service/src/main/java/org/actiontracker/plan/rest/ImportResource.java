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
import org.actiontracker.plan.config.ImportLimits;
import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.api.ImportOutcome;
import org.actiontracker.plan.api.ImportRequest;
import org.actiontracker.plan.api.ImportResult;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;
import org.actiontracker.plan.service.imports.ImportService;
import org.actiontracker.support.rest.Params;
import org.actiontracker.plan.service.imports.ImportCommand;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Published action plans read into plans, actions and dated progress updates")
public class ImportResource {

    private static final String DESCRIPTION = "Editor of the target organisation, or admin. Without organisationId an"
            + " editor imports into their own organisation, an admin into the organisation the document names (created"
            + " when there is none). Importing again adds only what is new: actions are matched by recommendation,"
            + " sub-point and description, updates by date, period and text; changed statuses and labels are updated."
            + " Every record emits its event as any other write does. 201 with the plan's Location when the plan is"
            + " created, else 200; dryRun=true writes nothing and says what would be done. The format is found from"
            + " the content: Word (.docx), Excel (.xlsx, .xls) and PDF by their bytes, else a web page, Markdown,"
            + " CSV or a tab-separated text export; a format parameter or text Content-Type only settles which text"
            + " format. A document that is not an action plan, or is empty, damaged, password-protected or a scan"
            + " without text, is refused with 422 saying which.";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The Content-Types a raw body may have; text/plain and application/octet-stream leave the format to the content. */
    static final List<String> RAW_TYPES = Stream.concat(
            Stream.of(DocumentFormat.values()).map(DocumentFormat::bareMediaType),
            Stream.of(MediaType.APPLICATION_OCTET_STREAM, "application/xhtml+xml", "text/tab-separated-values"))
            .distinct().toList();

    private final ImportService service;
    private final CurrentActor actor;
    private final long maxDocumentBytes;

    public ImportResource(ImportService service, CurrentActor actor, ImportLimits limits) {
        this.service = service;
        this.actor = actor;
        this.maxDocumentBytes = limits.maxDocumentBytes();
    }

    /** The query parameters every form of the request takes. */
    public static class Options {

        @QueryParam("sourceId")
        @Parameter(description = "The report the plan answers; default the stalking report")
        String sourceId;

        @QueryParam("organisationId")
        @Parameter(description = "The organisation to import into")
        String organisationId;

        @QueryParam("format")
        @Parameter(description = "For text only: html, csv, markdown or text (tab-separated export); default: the"
                + " Content-Type's, else detected. Word, Excel and PDF files are always recognised by their content.")
        String format;

        @QueryParam("filename")
        @Parameter(description = "The file's name, for messages; the format is never taken from it")
        String filename;

        @QueryParam("state")
        @Parameter(description = "DRAFT or PUBLISHED; default: a new plan is a draft, an existing one keeps its state")
        String state;

        @QueryParam("dryRun")
        @Parameter(description = "true: write nothing, report what the import would do")
        String dryRun;

        ImportCommand command(byte[] content, String contentField, DocumentFormat format, String filename) {
            return new ImportCommand(content, contentField, format, filename,
                    sourceId == null || sourceId.isBlank() ? ImportService.STALKING_REPORT : Params.uuid("sourceId", sourceId),
                    Params.uuid("organisationId", organisationId), Params.enumValue("state", state, PlanState.class),
                    flag("dryRun", dryRun));
        }

        DocumentFormat format() {
            return textFormat("format", format);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importDocumentUpload", summary = "Import a published plan uploaded as a form's file", description = DESCRIPTION
            + " The file is the form part named file, as a browser or `curl -F file=@plan.docx` sends it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than imports.max-document-bytes, or a Word"
            + " or Excel file inflates beyond imports.max-decompressed-bytes or imports.max-zip-entries, or a PDF has"
            + " more than imports.max-pdf-pages pages")
    @APIResponse(responseCode = "415", description = "Not multipart/form-data, JSON or one of the raw document types")
    @APIResponse(responseCode = "422", description = "No file part; or the file is empty, damaged, password-protected,"
            + " a scan without text, of a format not read here, or not an action plan; or the organisation or source"
            + " does not exist")
    public Uni<RestResponse<ImportResult>> importForm(@RestForm("file") FileUpload file, @BeanParam Options options,
                                                      @Context UriInfo uri) {
        if (file == null) {
            throw ApiException.unprocessable("file", "send the document as the form part named file");
        }
        if (file.size() > maxDocumentBytes) {
            throw tooLarge("file");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentFormat declared = options.format() != null ? options.format() : textFormatOf(file.contentType());
        return respond(options.command(content, "file", declared,
                options.filename != null ? options.filename : file.fileName()), uri);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importDocument", summary = "Import a published plan sent as the body", description = DESCRIPTION + " A text body is"
            + " read as UTF-8 unless its Content-Type names another charset.")
    @RequestBody(required = true, content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "413", description = "The body is larger than imports.max-document-bytes, or a Word or"
            + " Excel file inflates beyond imports.max-decompressed-bytes or imports.max-zip-entries, or a PDF has"
            + " more than imports.max-pdf-pages pages")
    @APIResponse(responseCode = "415", description = "The Content-Type is none of those listed; the problem names them")
    @APIResponse(responseCode = "422", description = "The body is empty, damaged, password-protected, a scan without"
            + " text, of a format not read here, or not an action plan; or the organisation or source does not exist")
    public Uni<RestResponse<ImportResult>> importBody(byte[] body, @BeanParam Options options,
                                                      @Context HttpHeaders headers, @Context UriInfo uri) {
        MediaType type = headers.getMediaType();
        String bare = type == null ? MediaType.APPLICATION_OCTET_STREAM
                : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (!RAW_TYPES.contains(bare)) {
            throw new ApiException(415, "Unsupported media type", "POST /imports takes multipart/form-data (the file"
                    + " as part file), application/json (ImportRequest), or the document itself as one of: "
                    + String.join(", ", RAW_TYPES), List.of(new FieldError("Content-Type", "'" + bare
                    + "' is not accepted")));
        }
        // bodies sent without Content-Length pass the size check at the HTTP edge
        if (body.length > maxDocumentBytes) {
            throw tooLarge("body");
        }
        DocumentFormat declared = options.format() != null ? options.format() : textFormatOf(bare);
        return respond(options.command(inUtf8(body, type), "body", declared, options.filename), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importDocumentJson", summary = "Import a published plan sent as JSON", description = DESCRIPTION + " The text format is the"
            + " body's, else the format parameter's, else detected.")
    public Uni<RestResponse<ImportResult>> importJson(@Valid @NotNull(message = Responses.BODY_REQUIRED)
                                                      ImportRequest request, @BeanParam Options options,
                                                      @Context UriInfo uri) {
        DocumentFormat format = textFormat("format", request.format());
        return respond(options.command(request.content().getBytes(StandardCharsets.UTF_8), "content",
                format != null ? format : options.format(),
                request.filename() != null ? request.filename() : options.filename), uri);
    }

    /** The multipart form as OpenAPI shows it. */
    @Schema(name = "ImportUpload")
    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "The plan: .docx, .xlsx, .xls, .pdf, .html,"
                + " .md, .csv or .txt")
        @RestForm("file")
        @PartType(MediaType.APPLICATION_OCTET_STREAM)
        public byte[] file;
    }

    private Uni<RestResponse<ImportResult>> respond(ImportCommand command, UriInfo uri) {
        return service.importDocument(command, actor.get()).map(result ->
                !result.dryRun() && result.plan().outcome() == ImportOutcome.NEW
                        ? RestResponse.ResponseBuilder.<ImportResult>created(Responses.location(uri, "plans",
                        result.planId())).entity(result).build()
                        : RestResponse.ok(result));
    }

    private ApiException tooLarge(String field) {
        return new ApiException(413, "Payload too large", "The document is larger than the " + maxDocumentBytes
                + " bytes the importer accepts", List.of(new FieldError(field, "larger than "
                + maxDocumentBytes + " bytes")));
    }

    /** text/html, text/markdown and text/csv settle the text format; text/plain and binary types say nothing. */
    private static DocumentFormat textFormatOf(String mediaType) {
        return mediaType == null ? null : DocumentFormat.ofMediaType(mediaType)
                .filter(format -> format.isText() && format != DocumentFormat.TEXT_EXPORT).orElse(null);
    }

    private static DocumentFormat textFormat(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<DocumentFormat> text = Stream.of(DocumentFormat.values()).filter(DocumentFormat::isText).toList();
        List<DocumentFormat> all = List.of(DocumentFormat.values());
        Optional<DocumentFormat> named = DocumentFormat.named(value, all);
        if (named.isEmpty()) {
            throw ApiException.invalid(parameter, "'" + value + "' is not one of " + DocumentFormat.labels(all)
                    + " (" + DocumentFormat.labels(text) + " for text)");
        }
        // naming a binary format is harmless: the content decides it anyway
        return named.get().isText() ? named.get() : null;
    }

    /** A text body in another declared charset, re-encoded; binary bodies as they are. */
    private static byte[] inUtf8(byte[] body, MediaType type) {
        String charset = type == null ? null : type.getParameters().get("charset");
        if (charset == null || !"text".equalsIgnoreCase(type.getType())) {
            return body;
        }
        try {
            Charset declared = Charset.forName(charset.strip());
            return declared.equals(StandardCharsets.UTF_8) ? body
                    : new String(body, declared).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ApiException.invalid("Content-Type", "unknown charset '" + charset + "'");
        }
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
