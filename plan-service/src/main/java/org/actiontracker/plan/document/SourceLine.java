package org.actiontracker.plan.document;

import java.util.List;

/**
 * One line of a document as every format reader hands it to the interpreter: a table row of
 * cells already reduced to safe text, a line of text or a heading outside tables, or a break
 * (blank line, page break, edge of a table).
 *
 * @param truncated the reader saw the document end inside this row
 */
record SourceLine(Kind kind, List<String> cells, int lineNumber, boolean truncated) {

    enum Kind { ROW, TEXT, HEADING, BREAK }

    SourceLine {
        cells = List.copyOf(cells);
    }

    static SourceLine row(List<String> cells, int lineNumber, boolean truncated) {
        return new SourceLine(Kind.ROW, cells, lineNumber, truncated);
    }

    static SourceLine text(String text, int lineNumber) {
        return new SourceLine(Kind.TEXT, List.of(text), lineNumber, false);
    }

    static SourceLine heading(String text, int lineNumber) {
        return new SourceLine(Kind.HEADING, List.of(text), lineNumber, false);
    }

    static SourceLine pageBreak(int lineNumber) {
        return new SourceLine(Kind.BREAK, List.of(), lineNumber, false);
    }

    /** The text of a TEXT or HEADING line. */
    String text() {
        return cells.isEmpty() ? "" : cells.get(0);
    }

    /**
     * A row of cells; a single cell is a line of text, and a row of blank cells or separator
     * dashes (as exports draw page edges) is a break.
     */
    static SourceLine classify(List<String> cells, int lineNumber, boolean truncated) {
        if (cells.stream().allMatch(cell -> cell.isBlank() || cell.matches("[-=_:|\\s]+"))) {
            return pageBreak(lineNumber);
        }
        return cells.size() == 1 ? text(cells.get(0), lineNumber) : row(cells, lineNumber, truncated);
    }
}
