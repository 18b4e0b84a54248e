package org.actiontracker.plan.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The document forms plans are published in, each with the names clients give it, its media type,
 * the reader that turns its bytes into lines for the interpreter and, for the forms the service
 * also writes, its renderer.
 */
public enum DocumentFormat {
    /** Word/Excel exported as text: tab-separated cells, HTML fragments inside cells. */
    TEXT_EXPORT(List.of("text", "txt", "text_export", "tsv"), "text/plain; charset=UTF-8", "txt",
            (content, limits) -> TextExportReader.read(text(content)), PlanDocumentRenderer::textExport),
    /** A web page (or fragment) holding the plan, inside whatever site furniture surrounds it. */
    HTML(List.of("html", "htm"), "text/html; charset=UTF-8", "html",
            (content, limits) -> HtmlReader.read(text(content)), PlanDocumentRenderer::html),
    /** Pipe tables. */
    MARKDOWN(List.of("markdown", "md"), "text/markdown; charset=UTF-8", "md",
            (content, limits) -> MarkdownReader.read(text(content)), PlanDocumentRenderer::markdown),
    /** RFC 4180, quoted cells may span lines. */
    CSV(List.of("csv"), "text/csv; charset=UTF-8", "csv",
            (content, limits) -> CsvReader.read(text(content)), PlanDocumentRenderer::csv),
    /** Word 2007 and later. */
    DOCX(List.of("docx", "word"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            WordReader::read, null),
    /** Excel 2007 and later. */
    XLSX(List.of("xlsx", "excel"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            SpreadsheetReader::read, null),
    /** Excel 97-2003. */
    XLS(List.of("xls"), "application/vnd.ms-excel", "xls", SpreadsheetReader::read, null),
    /** A PDF with a text layer. */
    PDF(List.of("pdf"), "application/pdf", "pdf", PdfReader::read, null);

    /** Reads a document's bytes into the lines the interpreter takes. */
    @FunctionalInterface
    interface Reader {
        List<SourceLine> read(byte[] content, ReadLimits limits);
    }

    /** Writes a plan as a document of this form. */
    @FunctionalInterface
    interface Renderer {
        String render(PlanDocument plan, List<PlanDocumentRenderer.Column> columns);
    }

    private final List<String> names;
    private final String mediaType;
    private final String fileExtension;
    private final Reader reader;
    private final Renderer renderer;

    DocumentFormat(List<String> names, String mediaType, String fileExtension, Reader reader, Renderer renderer) {
        this.names = names;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
        this.reader = reader;
        this.renderer = renderer;
    }

    /** The name the API uses for it ("html", "docx"). */
    public String label() {
        return names.get(0);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type without parameters ("text/html"). */
    public String bareMediaType() {
        int semicolon = mediaType.indexOf(';');
        return semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    }

    public String fileExtension() {
        return fileExtension;
    }

    /** Plain text: found by sniffing the text, never by magic bytes. */
    public boolean isText() {
        return renderer != null;
    }

    /** The service writes plans in this form too. */
    public boolean isRenderable() {
        return renderer != null;
    }

    Reader reader() {
        return reader;
    }

    Renderer renderer() {
        return renderer;
    }

    /** The format a client names ("HTML", "md", "text-export"), if any of the accepted ones. */
    public static Optional<DocumentFormat> named(String value, List<DocumentFormat> accepted) {
        String name = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return accepted.stream().filter(format -> format.names.contains(name)).findFirst();
    }

    /** The format whose media type this is ("text/csv", "application/pdf"), ignoring parameters. */
    public static Optional<DocumentFormat> ofMediaType(String type) {
        String bare = type.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return Arrays.stream(values()).filter(format -> format.bareMediaType().equals(bare)).findFirst();
    }

    public static List<DocumentFormat> renderable() {
        return Arrays.stream(values()).filter(DocumentFormat::isRenderable).toList();
    }

    public static String labels(List<DocumentFormat> formats) {
        return formats.stream().map(DocumentFormat::label).collect(Collectors.joining(", "));
    }

    /** UTF-8 without its byte-order mark; a stray invalid byte becomes U+FFFD rather than a failure. */
    static String text(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
