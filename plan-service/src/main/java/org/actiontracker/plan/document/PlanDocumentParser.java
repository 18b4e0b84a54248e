package org.actiontracker.plan.document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a published plan in any of the {@link DocumentFormat}s into a {@link PlanDocument}.
 * Columns are recognised by their headers, never by who wrote the plan, so a new organisation's
 * plan in a similar layout imports as is. Thread-safe: holds no state between calls.
 */
public final class PlanDocumentParser {

    private static final Pattern MARKDOWN_SEPARATOR = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*\\|");
    private static final Pattern HTML_DOCUMENT = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body)|<table[\\s>]");

    private final RecommendationCatalogue catalogue;

    /** A parser that takes recommendation numbers as the document prints them. */
    public PlanDocumentParser() {
        this(null);
    }

    /**
     * A parser that checks numbers against the source's recommendations: a recommendation-level
     * row printed with a wrong number but the text of another recommendation takes that number.
     */
    public PlanDocumentParser(RecommendationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @throws NotAPlanException when the content holds no table with a recommendation column, or
     *                           such a table without a single action row
     */
    public PlanDocument parse(String content, DocumentFormat format) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<SourceLine> lines = switch (format) {
            case TEXT_EXPORT -> TextExportReader.read(text);
            case HTML -> HtmlReader.read(text);
            case MARKDOWN -> MarkdownReader.read(text);
            case CSV -> CsvReader.read(text);
        };
        return new TableInterpreter(catalogue).interpret(lines);
    }

    /**
     * The format of an upload: by a telling file extension, else by its content (an HTML page or
     * table, a Markdown pipe table, tab-separated lines, else comma-separated values).
     */
    public DocumentFormat detect(String content, String filenameOrNull) {
        String name = filenameOrNull == null ? "" : filenameOrNull.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return DocumentFormat.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return DocumentFormat.MARKDOWN;
        }
        if (name.endsWith(".csv")) {
            return DocumentFormat.CSV;
        }
        if (name.endsWith(".tsv")) {
            return DocumentFormat.TEXT_EXPORT;
        }
        if (HTML_DOCUMENT.matcher(content).find()) {
            return DocumentFormat.HTML;
        }
        if (MARKDOWN_SEPARATOR.matcher(content).find()) {
            return DocumentFormat.MARKDOWN;
        }
        long linesWithTabs = content.lines().filter(line -> line.indexOf('\t') >= 0).count();
        long linesWithCommas = content.lines().filter(line -> line.indexOf(',') >= 0).count();
        return linesWithTabs > 0 || linesWithCommas == 0 || name.endsWith(".txt")
                ? DocumentFormat.TEXT_EXPORT : DocumentFormat.CSV;
    }
}
