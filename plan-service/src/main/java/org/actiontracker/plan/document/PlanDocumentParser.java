package org.actiontracker.plan.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a published plan in any of the {@link DocumentFormat}s into a {@link PlanDocument}.
 * Columns are recognised by their headers, never by who wrote the plan, so a new organisation's
 * plan in a similar layout imports as is. Thread-safe: holds no state between calls.
 */
public final class PlanDocumentParser {

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
     * The format the bytes are in, from their content: a binary format by its magic bytes whatever
     * was declared; text in the declared text format, else as sniffed.
     *
     * @param declaredTextFormat the format the client named or its Content-Type gave, or null
     * @throws UnreadableDocumentException when the content is empty, damaged, encrypted or of no format read here
     */
    public DocumentFormat detect(byte[] content, DocumentFormat declaredTextFormat, ReadLimits limits) {
        return FormatDetector.detect(content, declaredTextFormat, limits);
    }

    /**
     * @throws NotAPlanException           when the content holds no plan
     * @throws UnreadableDocumentException when the content cannot be read in that format
     */
    public PlanDocument parse(byte[] content, DocumentFormat format, ReadLimits limits) {
        List<SourceLine> lines = format.reader().read(content, limits);
        try {
            return new TableInterpreter(catalogue).interpret(lines);
        } catch (NotAPlanException noPlanTable) {
            // no table of one row per action: perhaps a table per action, or a heading per recommendation
            List<SourceLine> rewritten = AlternativeLayouts.rewrite(lines);
            if (rewritten == null) {
                throw noPlanTable;
            }
            return new TableInterpreter(catalogue).interpret(rewritten);
        }
    }

    /** A text document: its String as the bytes of UTF-8. */
    public PlanDocument parse(String content, DocumentFormat format) {
        return parse(content.getBytes(StandardCharsets.UTF_8), format, ReadLimits.DEFAULT);
    }
}
